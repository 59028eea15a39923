# decimal: exact construction (str, int, float), arithmetic rounded to the
# context's precision, integer powers, sqrt, comparisons and hashes with
# ints and floats, quantize, contexts, format specs, CPython's signals.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero, Context
import decimal
print(Decimal('0.1') + Decimal('0.2'), Decimal(0.1), Decimal(1) / Decimal(7), Decimal('1.10') + Decimal('2.2'))
print(repr(Decimal('3.14')), Decimal(5), Decimal(-0.5), Decimal('1e3'), Decimal('-0'), Decimal('1E+2') + 0, Decimal('0.000001'), Decimal('0.0000001'), Decimal('123.4500'))
print(Decimal('19.99') * 3, Decimal('10') / 4, Decimal('10') / Decimal('3'), Decimal(2) ** 10, Decimal(2) ** 100, Decimal(2) ** -2)
print(Decimal('7') // 2, Decimal('-7') // 2, Decimal('-7') % 2, divmod(Decimal(7), 3), Decimal('2.675').quantize(Decimal('0.01')), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal('1.2345').quantize(Decimal('1.00'), ROUND_DOWN), Decimal('100').quantize(Decimal('0.1')), round(Decimal('2.5')), round(Decimal('3.14159'), 2), int(Decimal('-3.9')), float(Decimal('1.5')))
print(Decimal('1.5') == 1.5, Decimal('0.1') == 0.1, Decimal(1) == 1, Decimal('1.0') == Decimal('1'), Decimal('0.5') < 1, hash(Decimal(1)) == hash(1), hash(Decimal('0.5')) == hash(0.5), sorted([Decimal('2'), Decimal('1.5'), 1]))
print(sum([Decimal('0.1')] * 10), Decimal('2').sqrt(), Decimal('16').sqrt(), Decimal('0.25').sqrt(), abs(Decimal('-1.5')), -Decimal('2'), +Decimal('1.23456789012345678901234567890'))
print(Decimal('1.2300').normalize(), Decimal('120').normalize(), Decimal('3.7').to_integral_value(), Decimal('-1.5').as_tuple(), Decimal('123.45').adjusted(), Decimal('NaN'), Decimal('-Infinity'), Decimal('inf') > 10**100)
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.256'):.1%}", f"{Decimal('12.5'):>8}", format(Decimal('1234.5'), 'e'), f"{Decimal('5'):08.3f}", str(Decimal('1E-7')), f"{Decimal('1.23')}")
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789') + 0, getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2).sqrt(), Decimal(10) / 3)
print(Decimal(10) / 3)
getcontext().prec = 28
print(getcontext())
for bad in ['abc', '1.2.3', '']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(type(e).__name__, e)
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print(type(e).__name__, e, isinstance(e, ZeroDivisionError))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    1.5 * Decimal(1)
except TypeError as e:
    print(e)
print(Decimal((0, (1, 4, 1), -2)), Decimal(Decimal('2.5')), Decimal('  7.50  '), Decimal('1_000'), max(Decimal('1'), Decimal('2.0')), Decimal(3).is_zero(), Decimal('-0').is_signed(), type(Decimal(1)), Decimal.__module__)
print(Decimal('0') * Decimal('-1'), Decimal('1.0') * Decimal('1.00'), Decimal('5.0') - Decimal('5'), Decimal('1') - Decimal('1.00'), Decimal('100') / Decimal('10'), Decimal('1.00') / Decimal('1'), Decimal('0') / Decimal('5'))
print(Decimal('9.999999999999999999999999999999'), Decimal('9.999999999999999999999999999999') + 0, Decimal('1E+30') + Decimal('1'), Decimal(12345678901234567890123456789012))
