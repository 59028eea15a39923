# ProcessPoolExecutor's initializer runs in each worker before its tasks.
import concurrent.futures as cf

prefix = "unset"


def init(p):
    global prefix
    prefix = p


def label(x):
    return f"{prefix}-{x}"


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("w",)) as ex:
        print(list(ex.map(label, range(5))))
        print(list(ex.map(label, range(4), chunksize=2)))
    print(prefix)
