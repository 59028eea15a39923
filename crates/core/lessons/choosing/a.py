# CPU-bound work: the sum of the squares of range(n) for ten n near
# 1,000,000, one after another. Nothing here prints a time: how long it
# takes depends on the machine. The page shows each program's time.
def sum_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


NUMBERS = [1_000_000 + k for k in range(10)]

results = [sum_squares(n) for n in NUMBERS]
print(len(results), "sums, the first:", results[0])
