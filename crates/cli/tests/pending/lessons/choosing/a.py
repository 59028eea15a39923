# CPU-bound work: the sum of the squares of range(n) for ten values of n,
# computed one after another.
import time

NUMBERS = [3_000_000 + k for k in range(10)]


def sum_of_squares(n):
    return sum(i * i for i in range(n))


start = time.perf_counter()
results = [sum_of_squares(n) for n in NUMBERS]
print(len(results), "sums, the first:", results[0])
print("the last:", results[-1])
print(f"one by one: {time.perf_counter() - start:.1f} s")
