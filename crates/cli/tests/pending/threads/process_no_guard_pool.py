# A Pool without the __main__ guard, as many tutorials write it; fine on
# Linux, where pool workers are forked.
from multiprocessing import Pool
import time


def cube(x):
    return x ** 3


with Pool(2) as pool:
    print(pool.map(cube, range(8)))
print("cube(3) in the parent:", cube(3))
