# The same sums with a pool of processes, one per core: each process has
# its own interpreter (and its own GIL), so they compute at the same time.
from concurrent.futures import ProcessPoolExecutor


def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


NUMBERS = [1_000_000 + k for k in range(10)]

if __name__ == "__main__":
    with ProcessPoolExecutor() as executor:
        results = list(executor.map(sum_squares, NUMBERS))
    print(len(results), "sums, the first:", results[0])
