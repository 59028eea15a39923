# What crosses to a process must pickle: lambdas, local functions and locks
# do not, with pickle's own errors.
import re
import threading
from multiprocessing import Pool


def call(f):
    return f(2)


def double(x):
    return 2 * x


def show(e):
    print(type(e).__module__, type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))


def make_local():
    def local(x):
        return x
    return local


if __name__ == "__main__":
    local = make_local()
    with Pool(2) as pool:
        print(pool.map(call, [double]))
        for bad in (lambda x: x, local, threading.Lock()):
            try:
                pool.map(call, [bad])
            except Exception as e:
                show(e)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            show(e)
        print(pool.map(double, [1, 2]))
