# Nine slow calls one by one, then in a pool of three: in waves of three.
import time
from multiprocessing import Pool


def fetch(n):
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    start = time.perf_counter()
    one_by_one = [fetch(n) for n in range(9)]
    print("one by one:", round(time.perf_counter() - start, 1), "s")
    start = time.perf_counter()
    with Pool(3) as pool:
        in_pool = pool.map(fetch, range(9), chunksize=1)
    print("pool of 3:", round(time.perf_counter() - start, 1), "s")
    print(one_by_one == in_pool)
