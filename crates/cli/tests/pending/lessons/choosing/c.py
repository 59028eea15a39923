# The same ten sums in a process pool, one worker process per CPU core:
# each process has its own interpreter, so the cores compute side by side.
# chunksize=1 hands out one n at a time, so the workers share the ten evenly
# (by default map cuts them into chunks of two: 6 + 4 on two workers).
import time
from multiprocessing import Pool

NUMBERS = [3_000_000 + k for k in range(10)]


def sum_of_squares(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool() as pool:
        results = pool.map(sum_of_squares, NUMBERS, chunksize=1)
    print(len(results), "sums, the first:", results[0])
    print("the last:", results[-1])
    print(f"processes: {time.perf_counter() - start:.1f} s")
