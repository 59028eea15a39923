"""math: the float functions are native (`_math`); the integer and
composite functions, which need no speed, are written here."""

from _math import *
from _math import log as _ln
from _math import _libm
from _math import hypot as _hypot

_MAXSIZE = 9223372036854775807


def _nargs(name, args, lo, hi):
    n = len(args)
    if n < lo:
        s = "" if lo == 1 else "s"
        raise TypeError(f"{name} expected at least {lo} argument{s}, got {n}")
    if n > hi:
        s = "" if hi == 1 else "s"
        raise TypeError(f"{name} expected at most {hi} argument{s}, got {n}")


def _float(x):
    if isinstance(x, (int, float)):
        return float(x)
    # An object that converts itself, as the native functions accept.
    for name in ('__float__', '__index__'):
        method = getattr(type(x), name, None)
        if method is not None:
            return float(method(x))
    raise TypeError(f"must be real number, not {type(x).__name__}")


def _index(x):
    if isinstance(x, int):
        return int(x)
    index = getattr(type(x), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    n = index(x)
    if not isinstance(n, int):
        raise TypeError(f"__index__ returned non-int (type {type(n).__name__})")
    return n


def log(*args):
    if not 1 <= len(args) <= 2:
        raise TypeError("math.log requires 1 to 2 arguments")
    if len(args) == 1:
        return _ln(args[0])
    x = _float(args[0])
    base = _float(args[1])
    if x <= 0.0 or base <= 0.0:
        raise ValueError("math domain error")
    return _ln(x) / _ln(base)


def degrees(x):
    return _float(x) * (180.0 / pi)


def radians(x):
    return _float(x) * (pi / 180.0)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    rel = _float(rel_tol)
    tol = _float(abs_tol)
    a = _float(a)
    b = _float(b)
    if rel < 0.0 or tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = fabs(b - a)
    return diff <= fabs(rel * b) or diff <= fabs(rel * a) or diff <= tol


def gcd(*integers):
    acc = 0
    for n in integers:
        n = _index(n)
        while n:
            acc, n = n, acc % n
        acc = abs(acc)
    return acc


def lcm(*integers):
    acc = 1
    for n in integers:
        n = _index(n)
        g = gcd(acc, n)
        acc = 0 if g == 0 else abs(acc * n) // g
    return acc


def factorial(n):
    n = _index(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    if n > _MAXSIZE:
        raise OverflowError(f"factorial() argument should not exceed {_MAXSIZE}")
    if n > 20000:
        raise MemoryError("factorial too large for the playground")
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    return acc


def isqrt(n):
    n = _index(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's method from a power of two above the root.
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def prod(iterable, *, start=1):
    acc = start
    for x in iterable:
        acc = acc * x
    return acc


def fsum(iterable):
    # Neumaier summation: exact enough for the values programs feed it.
    total = 0.0
    c = 0.0
    for x in iterable:
        x = _float(x)
        t = total + x
        if fabs(total) >= fabs(x):
            c += (total - t) + x
        else:
            c += (x - t) + total
        total = t
    return total + c


def comb(n, k):
    n = _index(n)
    k = _index(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    if k > _MAXSIZE:
        raise OverflowError(f"min(n - k, k) must not exceed {_MAXSIZE}")
    acc = 1
    for i in range(k):
        acc = acc * (n - i) // (i + 1)
    return acc


def perm(*args):
    _nargs("perm", args, 1, 2)
    n = _index(args[0])
    k = n if len(args) == 1 or args[1] is None else _index(args[1])
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    if k > _MAXSIZE:
        raise OverflowError(f"k must not exceed {_MAXSIZE}")
    acc = 1
    for i in range(k):
        acc *= n - i
    return acc


# The C library's functions of one float, by their index in `_libm`, and
# whether an infinite result from a finite argument overflows (else it is a
# pole: a domain error), as CPython's `math_1` decides.
def _math_1(k, x, can_overflow):
    x = _float(x)
    r = _libm(k, x)
    if r != r and x == x:
        raise ValueError("math domain error")
    if isinf(r) and isfinite(x):
        if can_overflow:
            raise OverflowError("math range error")
        raise ValueError("math domain error")
    return r


def _libm_function(name, k, can_overflow):
    def f(x):
        return _math_1(k, x, can_overflow)
    f.__name__ = f.__qualname__ = name
    return f


asin = _libm_function('asin', 0, False)
acos = _libm_function('acos', 1, False)
sinh = _libm_function('sinh', 2, True)
cosh = _libm_function('cosh', 3, True)
tanh = _libm_function('tanh', 4, False)
asinh = _libm_function('asinh', 5, False)
acosh = _libm_function('acosh', 6, False)
atanh = _libm_function('atanh', 7, False)
expm1 = _libm_function('expm1', 8, True)
log1p = _libm_function('log1p', 9, False)
exp2 = _libm_function('exp2', 10, True)


# cbrt is the GNU C library's own algorithm, on every host (browsers' differ
# in the last digit): a polynomial first guess for the mantissa, one
# Halley step, the exponent's third put back.
_CBRT2 = 1.2599210498948731648
_SQR_CBRT2 = 1.5874010519681994748
_CBRT_FACTOR = (1.0 / _SQR_CBRT2, 1.0 / _CBRT2, 1.0, _CBRT2, _SQR_CBRT2)


def cbrt(x):
    x = _float(x)
    if x == 0.0 or not isfinite(x):
        return x + x
    xm, xe = frexp(fabs(x))
    u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
         + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
         - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm))
    t2 = u * u * u
    # C's / and % truncate toward zero.
    third = -(-xe // 3) if xe < 0 else xe // 3
    ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * _CBRT_FACTOR[2 + xe - 3 * third]
    return ldexp(ym if x > 0.0 else -ym, third)


def fmod(x, y):
    x = _float(x)
    y = _float(y)
    if isinf(y) and isfinite(x):
        return x
    if x != x or y != y:
        return x + y
    if y == 0.0 or isinf(x):
        raise ValueError("math domain error")
    # Of two positive floats, % is C's fmod exactly; fmod has x's sign.
    return copysign(fabs(x) % fabs(y), x)


def remainder(x, y):
    # IEEE 754's remainder, exact: x - n*y for the multiple n*y nearest x,
    # n even on a tie (CPython's own, over fmod).
    x = _float(x)
    y = _float(y)
    if isfinite(x) and isfinite(y):
        if y == 0.0:
            raise ValueError("math domain error")
        ax = fabs(x)
        ay = fabs(y)
        m = ax % ay  # C's fmod, of two positive floats
        c = ay - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:
            r = m - 2.0 * ((0.5 * (ax - m)) % ay)
        return copysign(1.0, x) * r
    if x != x:
        return x
    if y != y:
        return y
    if isinf(x):
        raise ValueError("math domain error")
    return x


def modf(x):
    x = _float(x)
    if isinf(x):
        return (copysign(0.0, x), x)
    if x != x:
        return (x, x)
    whole = copysign(float(trunc(x)), x)
    return (copysign(x - whole, x), whole)


def frexp(x):
    x = _float(x)
    if x == 0.0 or not isfinite(x):
        return (x, 0)
    m = fabs(x)
    e = 0
    # Scaling by powers of two is exact.
    while m >= 4294967296.0:
        m *= 2.3283064365386963e-10
        e += 32
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 2.3283064365386963e-10:
        m *= 4294967296.0
        e -= 32
    while m < 0.5:
        m *= 2.0
        e -= 1
    return (copysign(m, x), e)


def ldexp(x, i):
    x = _float(x)
    if not isinstance(i, int):
        raise TypeError("Expected an int as second argument to ldexp.")
    if x == 0.0 or not isfinite(x):
        return x
    m, e = frexp(x)
    if i > 2200 or e + i > 1024:
        raise OverflowError("math range error")
    e += i
    if e >= -1021:
        return (m * 2.0) * 2.0 ** (e - 1)
    if e >= -1074:
        return m * 2.0**e  # one rounding, into the subnormals
    return copysign(0.0, x)


def nextafter(x, y):
    x = _float(x)
    y = _float(y)
    if x != x or y != y:
        return x + y
    if x == y:
        return y
    if x == 0.0:
        return copysign(5e-324, y)
    if isinf(x):
        return copysign(1.7976931348623157e308, x)
    m, e = frexp(fabs(x))
    step = 2.0 ** max(e - 53, -1074)
    if (y > x) != (x > 0.0) and m == 0.5 and e > -1021:
        step *= 0.5  # below a power of two the floats are twice as dense
    if (y > x) == (x > 0.0):
        return x + copysign(step, x)
    return copysign(x - copysign(step, x), x)  # -0.0 next to -5e-324


def ulp(x):
    x = _float(x)
    if x != x:
        return x
    x = fabs(x)
    if isinf(x):
        return x
    up = nextafter(x, inf)
    if isinf(up):
        return x - nextafter(x, -inf)
    return up - x


def hypot(*coordinates):
    if len(coordinates) == 2:
        return _hypot(*coordinates)  # the C library's, as CPython's agrees
    xs = [fabs(_float(x)) for x in coordinates]
    if inf in xs:
        return inf
    if any(x != x for x in xs):
        return nan
    # The square root of the exact sum of squares, rounded once: what
    # CPython's compensated sum gives but where it is a half-unit off.
    parts = [frexp(x) for x in xs if x]
    if not parts:
        return 0.0
    low = min(e for _, e in parts) - 53
    total = 0
    for m, e in parts:
        total += int(m * 9007199254740992.0) ** 2 << 2 * (e - 53 - low)
    # sqrt(total) * 2**low, with 56 bits of root and a sticky bit.
    shift = max(0, (112 - total.bit_length()) // 2 + 1)
    root = isqrt(total << 2 * shift)
    if root * root != total << 2 * shift:
        root |= 1
    extra = max(root.bit_length() - 53, 0)
    top = root >> extra
    rest = root - (top << extra)
    half = 1 << extra - 1 if extra else 0
    if extra and (rest > half or rest == half and top & 1):
        top += 1
    return ldexp(float(top), low + extra - shift)


def dist(p, q):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return hypot(*[_float(a) - _float(b) for a, b in zip(p, q)])


# gamma and lgamma are CPython's own (Lanczos' approximation, N=13 and the g
# below), not the C library's, so that they agree with CPython everywhere.
_LANCZOS_G = 6.024680040776729583740234375
_LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
_LANCZOS_NUM = (
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
)
# The denominator is x*(x+1)*...*(x+11).
_LANCZOS_DEN = (
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
)
_LOGPI = 1.144729885849400174143427351353058711647


def _lanczos_sum(x):
    num = 0.0
    den = 0.0
    if x < 5.0:
        for i in range(12, -1, -1):
            num = num * x + _LANCZOS_NUM[i]
            den = den * x + _LANCZOS_DEN[i]
    else:
        # In 1/x, which cannot overflow.
        for i in range(13):
            num = num / x + _LANCZOS_NUM[i]
            den = den / x + _LANCZOS_DEN[i]
    return num / den


def _sinpi(x):
    y = fabs(x) % 2.0
    n = floor(2.0 * y + 0.5)
    if n == 0:
        r = sin(pi * y)
    elif n == 1:
        r = cos(pi * (y - 0.5))
    elif n == 2:
        r = sin(pi * (1.0 - y))  # not -sin(pi*(y-1)), which is -0.0 at 1
    elif n == 3:
        r = -cos(pi * (y - 1.5))
    else:
        r = sin(pi * (y - 2.0))
    return copysign(1.0, x) * r


def gamma(x):
    x = _float(x)
    if not isfinite(x):
        if x != x or x > 0.0:
            return x
        raise ValueError("math domain error")
    if x == 0.0:
        raise ValueError("math domain error")
    if x == floor(x):
        if x < 0.0:
            raise ValueError("math domain error")
        if x <= 23.0:
            return float(factorial(int(x) - 1))
    ax = fabs(x)
    if ax < 1e-20:
        r = 1.0 / x
        if isinf(r):
            raise OverflowError("math range error")
        return r
    if ax > 200.0:
        if x < 0.0:
            return 0.0 / _sinpi(x)
        raise OverflowError("math range error")
    y = ax + _LANCZOS_G_MINUS_HALF
    # The rounding error of that sum, to correct for (CPython's comment
    # explains the factor).
    if ax > _LANCZOS_G_MINUS_HALF:
        z = (y - ax) - _LANCZOS_G_MINUS_HALF
    else:
        z = (y - _LANCZOS_G_MINUS_HALF) - ax
    z = z * _LANCZOS_G / y
    if x < 0.0:
        r = -pi / _sinpi(ax) / ax * exp(y) / _lanczos_sum(ax)
        r -= z * r
        if ax < 140.0:
            r /= pow(y, ax - 0.5)
        else:
            half = pow(y, ax / 2.0 - 0.25)
            r /= half
            r /= half
    else:
        r = _lanczos_sum(ax) / exp(y)
        r += z * r
        if ax < 140.0:
            r *= pow(y, ax - 0.5)
        else:
            half = pow(y, ax / 2.0 - 0.25)
            r *= half
            r *= half
    if isinf(r):
        raise OverflowError("math range error")
    return r


def lgamma(x):
    x = _float(x)
    if not isfinite(x):
        return x if x != x else inf
    if x == floor(x) and x <= 2.0:
        if x <= 0.0:
            raise ValueError("math domain error")
        return 0.0
    ax = fabs(x)
    if ax < 1e-20:
        return -_ln(ax)
    r = _ln(_lanczos_sum(ax)) - _LANCZOS_G
    r += (ax - 0.5) * (_ln(ax + _LANCZOS_G - 0.5) - 1)
    if x < 0.0:
        r = _LOGPI - _ln(fabs(_sinpi(ax))) - _ln(ax) - r
    if isinf(r):
        raise OverflowError("math range error")
    return r


def erf(x):
    return _libm(11, _float(x))


def erfc(x):
    return _libm(12, _float(x))
