# CPU-bound work in a process pool: the sums come out the same as one by
# one, and the two worker processes compute at the same time (each has its
# own interpreter and GIL). Each task notes when it ran and where.
from concurrent.futures import ProcessPoolExecutor
import os
import time


def sum_squares(n):
    return sum(i * i for i in range(n))


def timed_sum(n):
    began = time.perf_counter()
    total = sum_squares(n)
    return total, os.getpid(), began, time.perf_counter()


if __name__ == "__main__":
    sizes = [1_000_000 + 100_000 * k for k in range(4)]
    one_by_one = [sum_squares(n) for n in sizes]
    with ProcessPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(timed_sum, sizes))
    print("same results:", [total for total, *_ in runs] == one_by_one)
    print(one_by_one[:2])
    pids = {pid for _, pid, _, _ in runs}
    print("worker processes:", len(pids), "parent among them:", os.getpid() in pids)
    overlapped = any(a[1] != b[1] and a[2] < b[3] and b[2] < a[3] for a in runs for b in runs)
    print("two workers computed at the same time:", overlapped)
