# ProcessPoolExecutor has the same interface as ThreadPoolExecutor, but
# each call runs in a worker process.
from concurrent.futures import ProcessPoolExecutor, as_completed
import multiprocessing
import os


def describe(n):
    return n, n * n, os.getpid() != PARENT


def worker_name(_):
    return multiprocessing.current_process().name.split("-")[0]


PARENT = os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(describe, range(4))))
        future = pool.submit(pow, 2, 16)
        print("submit:", future.result())
        futures = [pool.submit(describe, n) for n in (7, 8)]
        print(sorted(f.result()[1] for f in as_completed(futures)))
        print(set(pool.map(worker_name, range(2))))
