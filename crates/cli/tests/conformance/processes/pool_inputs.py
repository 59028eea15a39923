# A pool maps over any iterable: a generator, a string, a dict's keys, a
# range, many small items.
from multiprocessing import Pool


def upper(x):
    return str(x).upper()


if __name__ == "__main__":
    with Pool(3) as pool:
        print(pool.map(upper, (c for c in "abc")))
        print(pool.map(upper, "xyz"))
        print(pool.map(upper, {"k1": 1, "k2": 2}))
        print(pool.map(len, [[], [1], [1, 2]]))
        squares = pool.map(abs, range(-5000, 5000))
        print(len(squares), sum(squares))
        print(pool.starmap(divmod, [(7, 2), (9, 4)]))
