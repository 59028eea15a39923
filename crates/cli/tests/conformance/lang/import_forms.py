# Import forms.
import math
import random as rnd
from time import perf_counter, sleep as snooze
from math import *
import asyncio, sys
print(math.sqrt(16), rnd.__name__, callable(perf_counter), callable(snooze), floor(2.7), pi > 3)
print(asyncio.__name__, sys.version_info >= (3, 7), sys.version_info[:2])
try:
    import numpy
except ImportError as e:
    print(type(e).__name__)
try:
    from math import nothing_here
except ImportError as e:
    print(type(e).__name__)
import time as t
from random import seed, randint
from math import sqrt as square_root
print(type(t.time()).__name__, t.__name__)
seed(1)
print(randint(1, 10), square_root(16), round(pi, 4), ceil(-1.5))


def local_import():
    import math as m
    return m.gcd(12, 18)


print(local_import())
