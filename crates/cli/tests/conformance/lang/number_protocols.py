# Objects that say what number they are: %-formatting through __index__,
# __int__ and __float__, math's integer functions and range() through
# __index__, and pow() with a negative exponent and a modulus.
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 8
class F:
    def __float__(self): return 2.5
import math
for fmt, v in [("%d", I()), ("%d", N()), ("%x", I()), ("%f", F()), ("%d", 3.9), ("%e", I())]:
    try:
        print(fmt, fmt % v)
    except Exception as e:
        print(fmt, type(e).__name__, e)
print(math.factorial(I()), math.gcd(I(), 14), pow(3, -1, 7), pow(38, -1, 97))
for f in [lambda: pow(2, -1, 4), lambda: math.factorial(N()), lambda: range(I()), lambda: [1,2,3][I()//3]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
