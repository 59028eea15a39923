"""cmath: functions of complex numbers, with CPython 3.11's formulas
(Modules/cmathmodule.c) for finite arguments; infinities and NaNs take the
same formulas rather than CPython's tables of special values."""

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LN10 = 2.302585092994046
_LARGE = 708.3964185322641  # log(DBL_MAX / 4): exp() overflows past it
_SQRT_LARGE = 1.3407807929942596e+154  # sqrt(DBL_MAX / 4)


def _c(z):
    # The argument as a complex, as CPython's "D" format converts it.
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    for name in ('__complex__', '__float__', '__index__'):
        if getattr(type(z), name, None) is not None:
            return complex(z)
    raise TypeError('must be real number, not %s' % type(z).__name__)


def _checked(re, im, finite_in):
    if finite_in and (_m.isinf(re) or _m.isinf(im)):
        raise OverflowError('math range error')
    return complex(re, im)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def phase(z):
    z = _c(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _m.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def sqrt(z):
    z = _c(z)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax, ay = abs(z.real) / 8.0, abs(z.imag)
    s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _m.copysign(d, z.imag))
    return complex(d, _m.copysign(s, z.imag))


def exp(z):
    z = _c(z)
    if z.real > _LARGE:
        big = _m.exp(z.real - 1.0)
        return _checked(big * _m.cos(z.imag) * _m.e, big * _m.sin(z.imag) * _m.e, _finite(z))
    size = _m.exp(z.real)
    return _checked(size * _m.cos(z.imag), size * _m.sin(z.imag), _finite(z))


def _log(z):
    ax, ay = abs(z.real), abs(z.imag)
    if ax == 0.0 and ay == 0.0:
        raise ValueError('math domain error')
    if ax > 4.49423283715579e+307 or ay > 4.49423283715579e+307:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + 0.6931471805599453
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = max(ax, ay), min(ax, ay)
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(z.imag, z.real))


def log(z, base=None):
    r = _log(_c(z))
    if base is None:
        return r
    return r / _log(_c(base))


def log10(z):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def cosh(z):
    z = _c(z)
    return _checked(_m.cosh(z.real) * _m.cos(z.imag),
                    _m.sinh(z.real) * _m.sin(z.imag), _finite(z))


def sinh(z):
    z = _c(z)
    return _checked(_m.cos(z.imag) * _m.sinh(z.real),
                    _m.sin(z.imag) * _m.cosh(z.real), _finite(z))


def tanh(z):
    z = _c(z)
    if abs(z.real) > _SQRT_LARGE:
        return complex(_m.copysign(1.0, z.real),
                       4.0 * _m.sin(z.imag) * _m.cos(z.imag) * _m.exp(-2.0 * abs(z.real)))
    tx, ty = _m.tanh(z.real), _m.tan(z.imag)
    cx = 1.0 / _m.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def isfinite(z):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
