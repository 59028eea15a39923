# The same ten sums in a process pool, one worker process per CPU core:
# each process has its own interpreter, so the cores compute side by side.
import time
from multiprocessing import Pool

NUMBERS = [3_000_000 + k for k in range(10)]


def sum_of_squares(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool() as pool:
        results = pool.map(sum_of_squares, NUMBERS)
    print(len(results), "sums, the first:", results[0])
    print("the last:", results[-1])
    print(f"processes: {time.perf_counter() - start:.1f} s")
