# math's float functions take objects that convert themselves with
# __float__, as a Fraction does.
import math
from fractions import Fraction


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(math.sqrt(Meters(16)), math.sqrt(Fraction(1, 4)), math.log(Fraction(1, 2)))
print(math.isclose(Fraction(1, 3), 1 / 3), math.isclose(Meters(1), 1.0), math.hypot(Meters(3), Fraction(4)))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), math.floor(Meters(2.5)))
for bad in [object(), "x", None]:
    try:
        print(math.sqrt(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(math.floor, math.ceil)
