# fractions: arithmetic with ints (exact), floats (float results) and other
# Fractions, reflected forms, powers, division by zero, and the TypeErrors
# of unsupported operands.
import operator
from fractions import Fraction as F

values = [F(3, 4), F(-5, 6), F(0), F(7), 2, -3, True, 0.5, -1.25, 0]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('divmod', divmod)]
for a in values:
    for b in values:
        if not (isinstance(a, F) or isinstance(b, F)):
            continue
        row = []
        for name, op in ops:
            if name == 'divmod' and isinstance(a, float) and b == 0:
                continue  # CPython's message is "float divmod()"
            try:
                row.append('%s %r' % (name, op(a, b)))
            except ZeroDivisionError as e:
                row.append('%s ZeroDivisionError(%s)' % (name, e))
        print(repr(a), repr(b), '|', ', '.join(row))

# powers: integer exponents stay exact, others go through float
for a in [F(2, 3), F(-2, 3), F(0), F(4), F(1, 4), F(-3, 2)]:
    for b in [0, 1, 2, -1, -2, 3, F(1, 2), F(-1, 2), F(2), 0.5, -2.0, True]:
        if (a < 0 and isinstance(b, (float, F)) and b != int(b)) or (b < 0 and a != int(a)):
            continue  # complex results
        results = []
        for x, y in ((a, b), (b, a)):
            try:
                results.append(repr(x ** y))
            except ZeroDivisionError as e:
                results.append('ZeroDivisionError(%s)' % e)
        print(repr(a), repr(b), *results)
print(repr(2 ** F(3)), repr(2 ** F(-3)), 4 ** F(1, 2), 4.0 ** F(-2), F(4, 9) ** F(1, 2), pow(F(2, 3), 2))
for thunk in (lambda: F(0) ** -1, lambda: F(0) ** -3, lambda: 0 ** F(-1), lambda: 0 ** F(-1, 2),
              lambda: F(1, 2) / 0, lambda: F(-3, 2) / F(0), lambda: F(0) / 0, lambda: 5 / F(0),
              lambda: F(1, 2) // 0, lambda: F(1, 2) % 0, lambda: divmod(F(1, 2), 0),
              lambda: F(1, 2) / 0.0):
    try:
        print(repr(thunk()))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

print(-F(1, 2), +F(1, 2), abs(F(-3, 4)), abs(F(3, 4)), abs(F(0)))
print(F(10 ** 20, 3) // F(1, 7), divmod(F(-7, 2), F(2, 3)), F(-7, 2) % F(2, 3), F(7, 2) % -2, -7 % F(2, 3))
print(F(1, 2) + 1.0, 1.0 - F(1, 2), F(3, 1) / 2.0, 7.5 // F(2), 7.5 % F(2), divmod(7.5, F(2)))

# the classic sums
print(F(1, 3) + F(1, 6), F(1, 10) * 3 == F(3, 10), 0.1 * 3 == 0.3, sum([F(1, 3)] * 3) == 1)
print(sum(F(1, n) for n in range(1, 21)), sum([F(1, 2), 0.25]), sum([F(1, 2)], F(1, 4)))
total = F(0)
for i in range(3000):
    total += F(i % 7, 8)
print(total, sum(F(1, n * (n + 1)) for n in range(1, 400)))

for bad in [None, {}, 'x', [1]]:
    for op in (operator.add, operator.sub, operator.truediv, operator.floordiv, operator.mod):
        for x, y in ((F(1, 2), bad), (bad, F(1, 2))):
            try:
                print(op(x, y))
            except TypeError as e:
                print(type(e).__name__, e)
for thunk in (lambda: F(1, 2) ** 'x', lambda: 'x' ** F(1, 2), lambda: F(1, 2) ** None):
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
