# decimal's rounding modes, traps, money sums with tax, format specs,
# engineering strings, contexts and mixed sorting.
import decimal
from decimal import Decimal as D, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, Inexact
print(D('1.30') * D('1.5'), D(1) / D(3) * 3, D('0.1') * 3 == D('0.3'), D('NaN') == D('NaN'), D.from_float(0.25))
for mode in [ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP]:
    print(mode, D('2.345').quantize(D('0.01'), mode), D('-2.345').quantize(D('0.01'), mode), D('2.5').to_integral_value(mode))
try:
    D('NaN') < 1
except decimal.InvalidOperation as e:
    print('InvalidOperation', e)
ctx = decimal.getcontext()
ctx.traps[Inexact] = True
try:
    D(1) / 3
except Inexact as e:
    print('Inexact', e)
ctx.traps[Inexact] = False
print(f"{D('1234.5678'):10.2f}|{D('-3.5'):+.0f}|{D('42'):<6}|{D('0.000123'):.2e}|{D('123456'):.3g}|{D('7'):^7}|")
prices = [D('19.99'), D('5.01'), D('0.10')]
total = sum(prices)
tax = (total * D('0.0825')).quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP)
print(total, tax, total + tax, f"${total + tax:,.2f}")
print(D(10) ** D(2), D('1.1') ** 2, D('-2') ** 3, D(0) ** 0 if False else 'skip', D(3) % D('0.7'), D('12.345').scaleb(2), D('-0.0').normalize())
print(str(D('1E+5')), D('1E+5').to_eng_string(), D('123E+4').to_eng_string(), int(D('1E+3')), D(123).as_integer_ratio(), D('0.75').as_integer_ratio())
print(decimal.Context(prec=3).create_decimal('3.14159'), decimal.BasicContext.prec, decimal.ExtendedContext.rounding, D('5').max(D('7')), D('5').compare(D('7')))
print(sorted([D('1.1'), 2, 0.5, D('-3')]), D('2.50') == 2.5, {D('2.0'): 'a'}[2], min(D('1'), D('1.0')))
print(D(1).__round__(), round(D('-2.5')), round(D('2.675'), 2), D('7.5') // 2, D('-7.5') % 2, -D('0'))
for f in [lambda: D(2) ** 0.5, lambda: 0.5 ** D(2), lambda: divmod(D(1), 2.0)]:
    try:
        f()
    except TypeError as e:
        print(e)
