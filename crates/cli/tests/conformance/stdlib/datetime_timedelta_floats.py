# timedelta built from random int and float arguments (seeded): CPython's exact sums and final rounding.
import random
from datetime import timedelta
random.seed(5)
for i in range(400):
    kw = {}
    for k in random.sample(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"], random.randint(1, 4)):
        kw[k] = random.choice([random.randint(-10**6, 10**6), random.uniform(-1e4, 1e4), random.uniform(-2, 2), round(random.uniform(-100, 100), 1), 0.5, -0.5, 1.5, 2.5])
    try:
        print(repr(timedelta(**kw)))
    except OverflowError as e:
        print("OverflowError", e)
