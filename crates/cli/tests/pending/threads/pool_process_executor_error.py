# An exception raised in a ProcessPoolExecutor worker comes back to the
# parent: exception() returns it and result() raises it.
from concurrent.futures import ProcessPoolExecutor


def risky(n):
    if n == 3:
        raise RuntimeError(f"task {n} failed in the worker")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(risky, n) for n in range(5)]
        for f in futures:
            if f.exception() is None:
                print("ok", f.result())
            else:
                print("failed:", repr(f.exception()))
        try:
            list(pool.map(risky, range(5)))
        except RuntimeError as e:
            print("map re-raised:", e)
