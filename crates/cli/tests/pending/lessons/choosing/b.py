# The same ten sums in a thread pool: the threads take turns holding the
# GIL, so computing gains nothing.
import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = [3_000_000 + k for k in range(10)]


def sum_of_squares(n):
    return sum(i * i for i in range(n))


start = time.perf_counter()
with ThreadPoolExecutor() as pool:
    results = list(pool.map(sum_of_squares, NUMBERS))
print(len(results), "sums, the first:", results[0])
print("the last:", results[-1])
print(f"threads: {time.perf_counter() - start:.1f} s")
