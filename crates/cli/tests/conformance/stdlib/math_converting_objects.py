# math's float functions take objects that convert themselves with
# __float__, as a Fraction does; floor/ceil/trunc ask __floor__/__ceil__/
# __trunc__ first (exact for a huge Fraction).
import math
from fractions import Fraction


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


class Rounds:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


print(math.sqrt(Meters(16)), math.sqrt(Fraction(1, 4)), math.log(Fraction(1, 2)))
print(math.isclose(Fraction(1, 3), 1 / 3), math.isclose(Meters(1), 1.0), math.hypot(Meters(3), Fraction(4)))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), math.floor(Meters(2.5)))
print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
huge = Fraction(10 ** 40 + 1, 10 ** 20)
print(math.floor(huge), math.ceil(huge), math.trunc(-huge))
for bad in [object(), "x", None, Rounds()]:
    try:
        print(math.sqrt(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(math.floor, math.ceil)
