# Each worker of a pool is a process of its own: a pid of its own, a
# parent that is the main program.
import os
import time
from multiprocessing import Pool


def whoami(_):
    time.sleep(0.1)
    return os.getpid(), os.getppid()


if __name__ == "__main__":
    with Pool(4) as pool:
        answers = pool.map(whoami, range(8), chunksize=1)
    pids = {pid for pid, _ in answers}
    parents = {ppid for _, ppid in answers}
    print(len(pids), "workers;", "parent is me:", parents == {os.getpid()})
    print("none is me:", os.getpid() not in pids)
