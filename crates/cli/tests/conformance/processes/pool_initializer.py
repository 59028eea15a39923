# A pool's initializer runs once in each worker; the worker keeps its
# globals between tasks (but the parent never sees them).
from multiprocessing import Pool
import time

setting = "parent"
calls = 0


def init(value):
    global setting
    setting = value


def task(n):
    global calls
    calls += 1
    time.sleep(0.1)
    return setting, n


if __name__ == "__main__":
    with Pool(2, initializer=init, initargs=("from initializer",)) as pool:
        print(pool.map(task, range(4)))
    print(setting, calls)
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Pool(2, initializer=5)
    except TypeError as e:
        print("TypeError:", e)
