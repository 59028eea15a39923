# apply_async and starmap_async with callbacks; close() then join() waits
# for the work and runs the callbacks.
from multiprocessing import Pool
import time


def add(a, b):
    time.sleep(0.05)
    return a + b


if __name__ == "__main__":
    got = []
    pool = Pool(3)
    for i in range(5):
        pool.apply_async(add, (i, 10), callback=got.append)
    pool.starmap_async(add, [(1, 2), (3, 4)], callback=got.append)
    pool.close()
    pool.join()
    print(sorted(got, key=str))
    print(repr(pool).startswith("<multiprocessing.pool.Pool state=CLOSE"))
