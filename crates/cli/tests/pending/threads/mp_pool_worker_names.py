# Pool workers are processes named ForkPoolWorker-N (with the fork start
# method); the parent stays MainProcess.
import multiprocessing
import time


def whoami(_):
    time.sleep(0.3)
    return multiprocessing.current_process().name


if __name__ == "__main__":
    print("parent:", multiprocessing.current_process().name)
    with multiprocessing.Pool(2) as pool:
        print(sorted(set(pool.map(whoami, range(2), chunksize=1))))
    with multiprocessing.Pool(2) as pool:
        print(sorted(set(pool.map(whoami, range(2), chunksize=1))))
