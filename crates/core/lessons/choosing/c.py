# The same sums with a pool of four processes: each process has its own
# interpreter (and its own GIL), so they compute at the same time, as many
# at once as the machine has cores.
from concurrent.futures import ProcessPoolExecutor


def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


NUMBERS = [1_000_000 + k for k in range(10)]

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as executor:
        results = list(executor.map(sum_squares, NUMBERS))
    print(len(results), "sums, the first:", results[0])
