# CPython's docs' pool example, then the same wait uncaught: its traceback
# ends in multiprocessing/pool.py's get().
from multiprocessing import Pool, TimeoutError
import time
import os


def f(x):
    return x*x


if __name__ == '__main__':
    with Pool(processes=4) as pool:
        print(pool.map(f, range(10)))
        res = pool.apply_async(f, (20,))
        print(res.get(timeout=1))
        res = pool.apply_async(os.getpid, ())
        print(type(res.get(timeout=1)))
        res = pool.apply_async(time.sleep, (10,))
        try:
            print(res.get(timeout=1))
        except TimeoutError:
            print("We lacked patience and got a multiprocessing.TimeoutError")
    with Pool(2) as pool:
        res = pool.apply_async(time.sleep, (10,))
        res.get(timeout=0.5)
