# A pool job that raises: the worker's traceback (pool.py's worker and
# starmapstar, then the function) comes back as the RemoteTraceback cause
# of the error raised again in the parent (pool.py's starmap and get).
from multiprocessing import Pool
import time

def f(x, y):
    time.sleep(0.1)
    return x / y

def g(x):
    time.sleep(0.05)
    return x * 2

if __name__ == "__main__":
    with Pool(2) as p:
        print(p.map(g, range(4)))
        print(p.starmap(f, [(1, 2), (3, 4)]))
        print(p.starmap(f, [(1, 0)]))
