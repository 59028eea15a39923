# math's inverse and hyperbolic functions, gamma, erf, the float
# decompositions and their errors: every value printed in full (repr), but
# erf's and erfc's to 12 digits (the page's are CPython's portable ones,
# which differ from the C library's in the last digit or two).
import math

xs = [0.0, -0.0, 0.1, 0.5, -0.5, 0.84375, 1.0, 1.25, 2.0, 3.7, -3.7, 10.5, 30.5, 1e-300]
for name in ["asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "expm1", "log1p", "cbrt", "exp2", "erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    row = []
    for x in xs:
        try:
            row.append(f"{f(x):.12g}" if name.startswith("erf") else repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(name, " ".join(row))

# The statistics tutorials' normal distribution: cdf through erf.
mu, sigma = 100, 15
print([round(0.5 * (1 + math.erf((x - mu) / (sigma * math.sqrt(2)))), 6) for x in (70, 100, 130)])
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(100), math.gamma(-2.5), math.gamma(171.5))

for x in [0.0, -0.0, 1.0, 0.3, -6.25, 1e300, 5e-324, math.inf, -math.inf]:
    print(x, math.frexp(x), math.modf(x), math.ulp(x))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-3.0, -1073),
      math.ldexp(0.5, 1024), math.ldexp(7, 3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-6, 3), math.fmod(5, math.inf))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7.5, 2))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0),
      math.nextafter(-5e-324, 1.0), math.nextafter(math.inf, 0.0), math.nextafter(2.0, 2.0))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.hypot(1, 2, 3, 4),
      math.hypot(), math.hypot(-5), math.hypot(1e300, 1e300, 1e300), math.hypot(3, math.inf, math.nan))
print(math.pow(2, 0.5), math.pow(-8, 3), math.pow(0.0, 0.0), math.pow(math.nan, 0), math.pow(1, math.nan))

failures = [
    lambda: math.asin(2), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.log1p(-1),
    lambda: math.cosh(1000), lambda: math.exp2(1100), lambda: math.gamma(0), lambda: math.gamma(-3),
    lambda: math.gamma(200), lambda: math.lgamma(-2), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
    lambda: math.remainder(1, 0), lambda: math.ldexp(1.0, 1024), lambda: math.ldexp(1.0, 2.0),
    lambda: math.pow(-0.5, 0.5), lambda: math.pow(0, -1), lambda: math.pow(10, 400), lambda: math.asin("x"),
    lambda: math.dist((1, 2), (1, 2, 3)),
]
for fail in failures:
    try:
        print("no error:", fail())
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
