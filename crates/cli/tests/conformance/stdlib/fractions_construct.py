# fractions: building Fractions from ints, strings, floats and other
# Fractions; normalisation, the constructors' errors, from_float,
# from_decimal, limit_denominator, repr/str/format, copies and subclasses.
import copy
import numbers
from fractions import Fraction

print(Fraction(3, 4), repr(Fraction(10, -8)), Fraction(), Fraction(7), Fraction(0, -5))
print(repr(Fraction(Fraction(1, 7), 5)), repr(Fraction(Fraction(1, 7), Fraction(2, 3))))
print(repr(Fraction(True)), repr(Fraction(6, True)), Fraction(numerator=3, denominator=6))

for text in ['3/4', ' -1.5e3 ', '1_000/3', '314', '-35/4', '3.1415', '-47e-2', '.5', '1.',
             '+7E+2', '1e-3', '1_0.0_1', '\t2/4\n', '0.1']:
    print(repr(text), repr(Fraction(text)))

for text in ['', '1/', '/2', '1/2/3', 'abc', '1__0', '1.5/2', '1/-2', '. 5', 'inf', 'nan',
             '1_', '_1', '3/0', '-3/0', '1 /2', '0x10']:
    try:
        print(Fraction(text))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# floats convert exactly
print(repr(Fraction(0.1)), repr(Fraction(1.47)), Fraction(2.25), Fraction(-0.0), Fraction(1e22))
print(Fraction(0.1) == Fraction(1, 10), Fraction(0.1).limit_denominator())

for args in [(1, 0), (-3, 0), (Fraction(1, 2), Fraction(0)), (Fraction(3, 2), 0), (1.5, 2),
             (1, 2.0), ('1', 2), (None,), ([1],), ({},), (float('nan'),), (float('inf'),),
             (float('-inf'),), (1, 2, 3)]:
    try:
        print(repr(Fraction(*args)))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

print(repr(Fraction.from_float(0.5)), repr(Fraction.from_float(3)), repr(Fraction.from_float(-1.25)))
print(repr(Fraction.from_decimal(4)), repr(Fraction.from_decimal(True)))
for bad in ['1', 1.5, Fraction(1, 2), None, float('nan')]:
    for conv in (Fraction.from_float, Fraction.from_decimal):
        try:
            print(repr(conv(bad)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

x = Fraction(355, 113)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.real, x.imag, x.conjugate())
pi = Fraction('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(),
      Fraction(4321, 8765).limit_denominator(10000))
print([str(Fraction(n, 2).limit_denominator(1)) for n in range(-5, 6)])
print(Fraction(-7, 3).limit_denominator(2), Fraction(2, 3).limit_denominator(2))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)

print([isinstance(x, c) for c in (numbers.Number, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(Fraction, numbers.Rational))

print(format(Fraction(1, 3)), f'{Fraction(1, 3)}', f'{Fraction(1, 3)!r}', '%s' % Fraction(2, 6),
      str(Fraction(4, 2)), '{} {!r}'.format(Fraction(1, 2), Fraction(1, 2)))
for spec in ['.2f', '>10', 'd', 's']:
    try:
        print(format(Fraction(1, 3), spec))
    except TypeError as e:
        print(type(e).__name__, e)

print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.deepcopy([x, Fraction(1, 3)]))
try:
    x.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Money(Fraction):
    def __str__(self):
        return '$%.2f' % (self.numerator / self.denominator)


m = Money(5, 2)
print(repr(m), m, type(m + 1).__name__, type(-m).__name__, repr(Money.from_float(0.25)))
print(repr(copy.copy(m)), copy.copy(m) is m, type(m.limit_denominator(10)).__name__)
try:
    format(m, '>8')
except TypeError as e:
    print(type(e).__name__, e)
