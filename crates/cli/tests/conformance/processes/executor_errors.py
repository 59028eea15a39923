# Errors from a process pool: an exception in the worker, a result that
# cannot be sent back, an argument that cannot be sent.
import concurrent.futures as cf
import threading


def boom(n):
    raise ZeroDivisionError(f"cannot divide {n}")


def give_lock():
    return threading.Lock()


def identity(x):
    return x


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(2) as ex:
        f = ex.submit(boom, 3)
        e = f.exception()
        print(type(e).__name__, e)
        try:
            list(ex.map(boom, [1, 2]))
        except ZeroDivisionError as e:
            print("map raised:", e)
        f = ex.submit(identity, lambda: 1)
        e = f.exception()
        print(type(e).__name__)
        print(ex.submit(identity, 7).result())
