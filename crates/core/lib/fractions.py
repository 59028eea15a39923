"""fractions: exact rational numbers (the Fraction class of CPython 3.11).

A Fraction is kept normalised: the gcd of numerator and denominator is 1 and
the denominator is positive. Mixed arithmetic gives a Fraction with ints and
Fractions, a float with floats. The playground has no decimal module, so
from_decimal only accepts integers and Decimal instances are never met."""

import math
import numbers
import operator
import re

__all__ = ['Fraction']


def _gcd(a, b):
    # math.gcd is written in Python here; a two-argument loop is cheaper.
    while b:
        a, b = b, a % b
    return abs(a)


if type(math.gcd) is type(abs):  # a native math.gcd is faster still
    _gcd = math.gcd

_new_object = object.__new__
_isfinite = math.isfinite

# The modulus and infinity value of the numeric hash (sys.hash_info).
_HASH_MOD = 2 ** 61 - 1
_HASH_INF = 314159

# A sign, then digits with a '/denominator', or a decimal number with an
# optional fraction and exponent; underscores only between digits.
_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>(?:%s)?)'
    r'(?:/(?P<den>%s)|(?:\.(?P<frac>(?:%s)?))?(?:[eE](?P<exp>[-+]?%s))?)\s*\Z'
    % (_DIGITS, _DIGITS, _DIGITS, _DIGITS))


def _make(n, d):
    # A Fraction from an already normalised pair, skipping __new__'s checks.
    f = _new_object(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _reduce(n, d):
    # d > 0 here; only the common factor is left to remove.
    g = _gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    return _make(n, d)


def _parse(s):
    m = _LITERAL.match(s)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    n = int(m.group('num') or '0')
    den = m.group('den')
    if den:
        d = int(den)
    else:
        d = 1
        frac = m.group('frac')
        if frac:
            frac = frac.replace('_', '')
            scale = 10 ** len(frac)
            n = n * scale + int(frac)
            d = scale
        exp = m.group('exp')
        if exp:
            e = int(exp)
            if e >= 0:
                n *= 10 ** e
            else:
                d *= 10 ** -e
    if m.group('sign') == '-':
        n = -n
    return n, d


# Exact operations on (numerator, denominator) pairs. Inputs are normalised;
# cancelling common factors before multiplying keeps the numbers small and
# the results normalised (Knuth, TAOCP vol. 2, 4.5.1).

def _add(na, da, nb, db):
    g = _gcd(da, db)
    if g == 1:
        return _make(na * db + nb * da, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _gcd(t, g)
    if g2 == 1:
        return _make(t, s * db)
    return _make(t // g2, s * (db // g2))


def _sub(na, da, nb, db):
    return _add(na, da, -nb, db)


def _mul(na, da, nb, db):
    g = _gcd(na, db)
    if g > 1:
        na //= g
        db //= g
    g = _gcd(nb, da)
    if g > 1:
        nb //= g
        da //= g
    return _make(na * nb, da * db)


def _div(na, da, nb, db):
    g = _gcd(na, nb)
    if g > 1:
        na //= g
        nb //= g
    g = _gcd(da, db)
    if g > 1:
        da //= g
        db //= g
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    elif d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    return _make(n, d)


def _floordiv(na, da, nb, db):
    return (na * db) // (da * nb)


def _divmod(na, da, nb, db):
    q, r = divmod(na * db, da * nb)
    return q, _reduce(r, da * db)


def _mod(na, da, nb, db):
    return _reduce((na * db) % (nb * da), da * db)


def _operators(exact, inexact):
    """The forward and reflected methods for one binary operator: exact with
    ints and Fractions (other Rationals only when reflected, so their own
    method runs first), through float with floats and other Reals."""
    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return exact(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return inexact(float(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, int):
            return exact(a, 1, b._numerator, b._denominator)
        if isinstance(a, numbers.Rational):
            return exact(a.numerator, a.denominator, b._numerator, b._denominator)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        return NotImplemented

    name = inexact.__name__.strip('_')
    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    return forward, reflected


def _compare(a, b, op):
    # Cross-multiplied comparison; an infinite or nan float compares like 0.0 does.
    if isinstance(b, Fraction) or isinstance(b, int):
        return op(a._numerator * b.denominator, a._denominator * b.numerator)
    if isinstance(b, float):
        if not _isfinite(b):
            return op(0.0, b)
        n, d = b.as_integer_ratio()
        return op(a._numerator * d, a._denominator * n)
    if isinstance(b, numbers.Rational):
        return op(a._numerator * b.denominator, a._denominator * b.numerator)
    return NotImplemented


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, kept in lowest terms.

    Fraction(3, 4), Fraction('3/4'), Fraction('0.75'), Fraction(0.75) and
    Fraction(Fraction(3, 4)) are all Fraction(3, 4)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = _new_object(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            if g != 1:
                numerator //= g
                denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float (0.1 is not 1/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal; the playground has no decimal module,
        so only integers are accepted."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec), 1)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents h/k until the next one's
        # denominator is too large; the answer is then the last convergent or
        # the best semiconvergent below the limit, whichever is closer (the
        # convergent on a tie).
        h0, k0, h1, k1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            q = n // d
            k2 = k0 + q * k1
            if k2 > max_denominator:
                break
            h0, k0, h1, k1 = h1, k1, h0 + q * h1, k2
            n, d = d, n - q * d
        steps = (max_denominator - k0) // k1
        semi = Fraction(h0 + steps * h1, k0 + steps * k1)
        conv = Fraction(h1, k1)
        return conv if abs(conv - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    __add__, __radd__ = _operators(_add, operator.add)
    __sub__, __rsub__ = _operators(_sub, operator.sub)
    __mul__, __rmul__ = _operators(_mul, operator.mul)
    __truediv__, __rtruediv__ = _operators(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _operators(_divmod, divmod)
    __mod__, __rmod__ = _operators(_mod, operator.mod)

    def __pow__(a, b):
        """An integer power is exact; any other power goes through float."""
        if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            p, n, d = b.numerator, a._numerator, a._denominator
            if p >= 0:
                return _make(n ** p, d ** p)
            if n > 0:
                return _make(d ** -p, n ** -p)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % d ** -p)
            return _make((-d) ** -p, (-n) ** -p)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator  # an int stays an int
        if isinstance(a, int):
            return _make(a, 1) ** b
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __int__ = __trunc__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x) is an int, round(x, n) a Fraction; halves go to even."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator or (twice == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # Numeric hash: n * inverse(d) modulo the prime 2**61 - 1, so that
        # equal ints and floats hash alike. The inverse comes from Fermat's
        # little theorem.
        d = self._denominator % _HASH_MOD
        if d == 0:
            h = _HASH_INF
        else:
            h = abs(self._numerator) % _HASH_MOD * pow(d, _HASH_MOD - 2, _HASH_MOD) % _HASH_MOD
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction) or isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if not _isfinite(b):
                return False
            return (a._numerator, a._denominator) == b.as_integer_ratio()
        return NotImplemented

    def __lt__(a, b):
        return _compare(a, b, operator.lt)

    def __gt__(a, b):
        return _compare(a, b, operator.gt)

    def __le__(a, b):
        return _compare(a, b, operator.le)

    def __ge__(a, b):
        return _compare(a, b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self  # immutable
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)
