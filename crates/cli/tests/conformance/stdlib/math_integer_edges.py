# math's integer and composite functions: results, edge cases and errors.
import math
from math import gcd, lcm, comb, perm

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for args in [(), (0,), (0, 0), (-12, 18), (12, -18), (2**80, 2**70 * 3), (7, 11, 21), (True, 4)]:
    show(gcd, *args)
    show(lcm, *args)
show(gcd, 1.5, 2)
show(lcm, 4, "6")
print(lcm(0, 5), lcm(-4, 6), gcd(-7))

for n in [0, 1, 5, 20, 30, True]:
    show(math.factorial, n)
show(math.factorial, -1)
show(math.factorial, 2.0)
show(math.factorial, "3")

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**20, 2**101 + 1, True]:
    show(math.isqrt, n)
show(math.isqrt, -1)
show(math.isqrt, 4.0)

for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (50, 25), (10**12, 2), (True, 1)]:
    show(comb, n, k)
    show(perm, n, k)
show(comb, -1, 2)
show(comb, 5, -2)
show(perm, -1, 2)
show(perm, 5, -2)
show(comb, 5.0, 2)
show(perm, 5, 2.0)
show(perm, 4)
show(perm, 4, None)
show(perm)
show(perm, 1, 2, 3)

show(math.prod, [])
show(math.prod, [1, 2, 3, 4])
show(math.prod, range(1, 6), start=10)
show(math.prod, [2.5, 2])
show(math.prod, ["ab", 3])
show(math.prod, [[1], 3])
show(math.prod, iter([1, 2]), start=1.0)
show(math.prod, 5)

show(math.fsum, [])
show(math.fsum, [0.1] * 10)
show(math.fsum, [1e100, 1.0, -1e100, 1e-100])
show(math.fsum, [1, 2, 3])
show(math.fsum, (x / 10 for x in range(10)))
show(math.fsum, [1, "2"])
show(math.fsum, 3)

show(math.log, 100, 10)
show(math.log, 8, 2)
show(math.log, 1)
show(math.log, 2.718281828459045)
show(math.log, 0)
show(math.log, -1, 10)
show(math.log, 10, 0)
show(math.log, 10, -2)
show(math.log, "x")
show(math.log, 10, "y")
show(math.log)
show(math.log, 1, 2, 3)
show(math.log, 2**100, 2)

for x in [0, 1, 180, -90, 1.5, math.pi, True]:
    show(math.degrees, x)
    show(math.radians, x)
show(math.degrees, "1")
show(math.radians, None)

for args, kw in [((1.0, 1.0), {}), ((1.0, 1.0 + 1e-10), {}), ((1.0, 1.1), {}), ((1, 1.05), {"rel_tol": 0.1}),
                 ((0.0, 1e-12), {}), ((0.0, 1e-12), {"abs_tol": 1e-9}), ((math.inf, math.inf), {}),
                 ((math.inf, -math.inf), {}), ((math.nan, math.nan), {}), ((math.inf, 1e308), {"rel_tol": 1.0}),
                 ((1, 2), {"rel_tol": -1}), ((1, 2), {"abs_tol": -0.5}), (("1", 2), {}), ((1, 2), {"rel_tol": "x"})]:
    show(math.isclose, *args, **kw)

print(math.floor(-0.5), math.ceil(-0.5), math.trunc(3.99), math.sqrt(2.25), math.exp(1) == math.e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4, 12), math.copysign(1, -0.0))
print(sorted(n for n in dir(math) if n in ("gcd", "pi", "isqrt", "fsum", "sqrt")))
from math import *
print(factorial(6), isqrt(50), pi, sqrt(9))
