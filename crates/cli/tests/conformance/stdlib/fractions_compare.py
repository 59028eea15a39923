# fractions: comparisons with ints, floats (nan and infinities too) and
# Fractions; hashes that agree with equal ints and floats; rounding and the
# int/float/bool/math conversions.
import math
from fractions import Fraction as F

nan, inf = float('nan'), float('inf')
for a in [F(1, 2), F(-7, 3), F(0)]:
    for b in [F(1, 2), 0, 1, -3, 0.5, 0.1, -2.5, nan, inf, -inf, F(-7, 3), True]:
        print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b >= a)
print(F(1, 10) == 0.1, F(3602879701896397, 36028797018963968) == 0.1, 0.1 == F(1, 10))
print(F(1, 2) == 'x', F(1, 2) != None, F(1, 2) in [0.5], [F(1, 3), 0.5].index(0.5))
print(sorted([F(1, 2), 0.3, 1, F(-1, 3), F(2, 7), 0]), max(F(1, 3), 0.3), min(F(1, 3), 1))
for x, y in ((F(1, 2), 'a'), ('a', F(1, 2)), (F(1, 2), None)):
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)

for x in [F(1, 2), F(-1, 2), F(5), F(-1), F(0), F(1, 3), F(-2, 3), F(10 ** 30, 7),
          F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1), F(2 ** 61, 2 ** 61 - 1), F(3, 2), F(1, 10)]:
    print(repr(x), hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1),
      hash(F(3, 2)) == hash(1.5), hash(F(-3, 8)) == hash(-0.375), hash(F(10 ** 20)) == hash(10 ** 20))
counts = {}
for f in [F(1, 2), F(2, 4), F(3, 6), F(1, 3), F(2, 6), F(1)]:
    counts[f] = counts.get(f, 0) + 1
print(counts, len({F(1, 2), F(2, 4), F(1, 3)}))

for x in [F(7, 2), F(5, 2), F(-7, 2), F(-5, 2), F(1, 3), F(-1, 3), F(2, 3), F(-2, 3), F(4), F(0),
          F(12345, 1000), F(-12345, 1000), F(25, 2), F(10 ** 40 + 1, 10 ** 20)]:
    print(repr(x), round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1),
          math.floor(x), math.ceil(x), math.trunc(x), int(x), float(x), bool(x))
print(type(round(F(7, 2))).__name__, type(round(F(7, 2), 1)).__name__, round(F(7, 2), None))
print(float(F(10 ** 400, 3 * 10 ** 399)), float(F(1, 3)), int(F(-7, 2)), F(1, 3) * 3 == 1)
print(bool(F(0)), bool(F(1, 10 ** 9)), not F(0), F(0) or 'empty')
for thunk in (lambda: range(F(3)), lambda: [1, 2][F(1)], lambda: hex(F(1))):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
