# An exception in a worker that nobody catches ends the parent with it.
from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(parse, ["1", "2"]))
        print(pool.map(parse, ["3", "four"]))
