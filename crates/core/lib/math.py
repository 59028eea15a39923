"""math: the float functions are native (`_math`); the integer and
composite functions, which need no speed, are written here."""

from _math import *
from _math import log as _ln

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
    raise TypeError(f"must be real number, not {type(x).__name__}")


def _index(x):
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


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
