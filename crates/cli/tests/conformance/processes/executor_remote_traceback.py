# An exception raised in a ProcessPoolExecutor's worker comes back through
# result(), caused by the worker's traceback (concurrent.futures.process._RemoteTraceback).
from concurrent.futures import ProcessPoolExecutor

def work(n):
    if n == 2:
        raise ValueError(f"bad {n}")
    return n * n

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        futs = [ex.submit(work, n) for n in range(3)]
        print([f.result() for f in futs[:2]])
        futs[2].result()
