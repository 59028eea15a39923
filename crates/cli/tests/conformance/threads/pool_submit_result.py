# ThreadPoolExecutor.submit returns a Future at once; result() waits for it.
from concurrent.futures import ThreadPoolExecutor
import time


def slow_square(n):
    time.sleep(0.2)
    return n * n


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(slow_square, 7)
    print("right after submit, done:", future.done())
    print("result:", future.result())
    print("done:", future.done(), "cancelled:", future.cancelled(), "running:", future.running())
    print(repr(future))
    futures = [pool.submit(slow_square, n) for n in range(4)]
    print([f.result() for f in futures])
print(f"took {round(time.perf_counter() - start, 1)} s")
