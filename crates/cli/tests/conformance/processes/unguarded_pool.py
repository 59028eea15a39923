# Without `if __name__ == "__main__":` a pool still works under fork: the
# children do not run the module's code again.
from multiprocessing import Pool


def cube(x):
    return x ** 3


print("the module runs once")
with Pool(2) as pool:
    print(pool.map(cube, range(5)))
print("and goes on")
