# The import statement in its usual forms.
import math
import time as t
from random import seed, randint
from math import sqrt as square_root, pi
import asyncio, sys

print(math.floor(2.7))
print(type(t.time()).__name__)
seed(1)
print(randint(1, 10))
print(square_root(16), round(pi, 4))
print(asyncio.sleep.__name__, sys.version_info.major)
from math import *
print(floor(-1.5), ceil(-1.5))


def local_import():
    import math as m
    return m.gcd(12, 18)


print(local_import())
print(math.__name__, t.__name__)
