# The same sums with a pool of threads: only one thread runs Python at a
# time (it holds the GIL), so computing in threads is no faster.
from concurrent.futures import ThreadPoolExecutor


def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


NUMBERS = [1_000_000 + k for k in range(10)]

with ThreadPoolExecutor(max_workers=4) as executor:
    results = list(executor.map(sum_squares, NUMBERS))
print(len(results), "sums, the first:", results[0])
