# numbers: which values are Numbers, Reals, Rationals, Integrals (ints and
# bools are Integral, floats Real), and an abstract class one cannot make.
import numbers

for v in (3, True, 2.5, "3", None, [1]):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                 numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))


def total(values):
    if not all(isinstance(v, numbers.Real) for v in values):
        raise TypeError("numbers only")
    return sum(values)


print(total([1, 2.5, True]))
try:
    total([1, "2"])
except TypeError as e:
    print("TypeError:", e)
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])


class Meters(numbers.Real):
    pass


print(issubclass(Meters, numbers.Number), isinstance(4, numbers.Rational))
