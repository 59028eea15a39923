# The built-in complex type, written in Python: `complex` in the builtins
# and the imaginary literals (`4j` compiles to `complex(0.0, 4.0)`) come
# from here. The arithmetic is CPython 3.11's (Objects/complexobject.c):
# a real operand is made complex first, division is Smith's, a power with
# a small integer exponent multiplies; so are its messages.

import math as _math

_INF = float('inf')
_NAN = float('nan')


def _is_real(x):
    return isinstance(x, (int, float)) and not isinstance(x, complex)


def _part(x):
    # An operand as (real, imag), or None for another type.
    if isinstance(x, complex):
        return x._re, x._im
    if isinstance(x, (int, float)):
        return float(x), 0.0
    return None


def _float_repr(x):
    # repr() of a part: float's repr without a trailing '.0'.
    text = repr(float(x))
    return text[:-2] if text.endswith('.0') else text


def _parse(text):
    # complex('1+2j'), complex(' (1-2.5e3j) '), complex('j'), complex('inf').
    s = text.strip()
    if s.startswith('(') and s.endswith(')'):
        s = s[1:-1].strip()
    bad = ValueError('complex() arg is a malformed string')
    if not s or not _underscores_ok(s):
        raise bad
    s = s.replace('_', '')
    if s[-1] not in 'jJ':
        return _real(s, bad), 0.0
    body = s[:-1]
    # The split between the parts: the last sign not after an exponent's e.
    cut = 0
    for k in range(len(body) - 1, 0, -1):
        if body[k] in '+-' and body[k - 1] not in 'eE':
            cut = k
            break
    re_text, im_text = body[:cut], body[cut:]
    if im_text in ('', '+', '-'):
        im_text += '1'
    return (_real(re_text, bad) if re_text else 0.0), _real(im_text, bad)


def _underscores_ok(s):
    # Underscores only between digits, as in numeric literals.
    for k, c in enumerate(s):
        if c == '_':
            if k == 0 or k == len(s) - 1 or not s[k - 1].isdigit() or not s[k + 1].isdigit():
                return False
    return True


def _real(text, bad):
    if not text or text[0] in ' \t' or text[-1] in ' \t':
        raise bad
    try:
        return float(text)
    except ValueError:
        raise bad from None


def _number(x, which):
    # complex()'s argument as (real, imag).
    if isinstance(x, complex):
        return x._re, x._im
    if isinstance(x, (int, float)):
        return float(x), 0.0
    for name in ('__complex__', '__float__', '__index__'):
        method = getattr(type(x), name, None)
        if method is not None:
            value = method(x)
            if name == '__complex__':
                if not isinstance(value, complex):
                    raise TypeError('__complex__ returned non-complex (type %s)'
                                    % type(value).__name__)
                return value._re, value._im
            return float(value), 0.0
    raise TypeError('complex() %s must be a string or a number, not %r'
                    % (which, type(x).__name__) if which == 'first argument'
                    else 'complex() second argument must be a number, not %r'
                    % type(x).__name__)


def _quot(a, b):
    # Smith's division, as CPython's _Py_c_quot.
    (ar, ai), (br, bi) = a, b
    abs_br, abs_bi = abs(br), abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return _NAN, _NAN


def _prod(a, b):
    return a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]


def _powi(x, n):
    # x ** n for a small integer n: repeated squaring (c_powi).
    if n < 0:
        return _quot((1.0, 0.0), _powi(x, -n))
    r, p, mask = (1.0, 0.0), x, 1
    while mask <= n:
        if n & mask:
            r = _prod(r, p)
        mask <<= 1
        p = _prod(p, p)
    return r


def _pow(a, b):
    if b[1] == 0.0 and b[0] == _math.floor(b[0]) and abs(b[0]) <= 100.0:
        try:
            return _powi(a, int(b[0]))
        except ZeroDivisionError:
            raise ZeroDivisionError('0.0 to a negative or complex power') from None
    if b == (0.0, 0.0):
        return 1.0, 0.0
    if a == (0.0, 0.0):
        if b[1] != 0.0 or b[0] < 0.0:
            raise ZeroDivisionError('0.0 to a negative or complex power')
        return 0.0, 0.0
    vabs = _math.hypot(a[0], a[1])
    length = vabs ** b[0]
    at = _math.atan2(a[1], a[0])
    phase = at * b[0]
    if b[1] != 0.0:
        length /= _math.exp(at * b[1])
        phase += b[1] * _math.log(vabs)
    return length * _math.cos(phase), length * _math.sin(phase)


class complex:
    """Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""
    __module__ = 'builtins'
    __slots__ = ('_re', '_im')

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
        else:
            if isinstance(imag, str):
                raise TypeError("complex() second arg can't be a string")
            if type(real) is complex and imag is None and cls is complex:
                return real
            re, im = _number(real, 'first argument')
            if imag is not None:
                # As CPython: real - imag.imag, real.imag + imag.real, each
                # only when that argument is complex (signs of zeros kept).
                ire, iim = _number(imag, 'second argument')
                if isinstance(imag, complex):
                    re -= iim
                im = im + ire if isinstance(real, complex) else ire
        self = object.__new__(cls)
        object.__setattr__(self, '_re', re)
        object.__setattr__(self, '_im', im)
        return self

    @property
    def real(self):
        """the real part of a complex number"""
        return self._re

    @property
    def imag(self):
        """the imaginary part of a complex number"""
        return self._im

    def __setattr__(self, name, value):
        if name in ('real', 'imag'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'complex' object has no attribute '%s'" % name)

    def conjugate(self):
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        return complex(self._re, -self._im)

    def __complex__(self):
        return self if type(self) is complex else complex(self._re, self._im)

    def __getnewargs__(self):
        return (self._re, self._im)

    def __repr__(self):
        re, im = self._re, self._im
        if re == 0.0 and _math.copysign(1.0, re) == 1.0:
            return _float_repr(im) + 'j'
        im_text = _float_repr(im)
        if im_text[0] != '-':
            im_text = '+' + im_text
        return '(%s%sj)' % (_float_repr(re), im_text)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return _format(self._re, self._im, spec)

    def __hash__(self):
        h = (hash(self._re) + 1000003 * hash(self._im)) & 0xFFFFFFFFFFFFFFFF
        if h >= 0x8000000000000000:
            h -= 0x10000000000000000
        return -2 if h == -1 else h

    def __bool__(self):
        return self._re != 0.0 or self._im != 0.0

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._re == other._re and self._im == other._im
        if isinstance(other, (int, float)):
            return self._im == 0.0 and self._re == other
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __neg__(self):
        return complex(-self._re, -self._im)

    def __pos__(self):
        return complex(self._re, self._im)

    def __abs__(self):
        re, im = self._re, self._im
        result = _math.hypot(re, im)
        if result == _INF and re not in (_INF, -_INF) and im not in (_INF, -_INF) \
                and re == re and im == im:
            raise OverflowError('absolute value too large')
        return result

    def __add__(self, other):
        o = _part(other)
        return NotImplemented if o is None else complex(self._re + o[0], self._im + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _part(other)
        return NotImplemented if o is None else complex(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = _part(other)
        return NotImplemented if o is None else complex(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = _part(other)
        return NotImplemented if o is None else complex(*_prod((self._re, self._im), o))

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _part(other)
        if o is None:
            return NotImplemented
        try:
            return complex(*_quot((self._re, self._im), o))
        except ZeroDivisionError:
            raise ZeroDivisionError('complex division by zero') from None

    def __rtruediv__(self, other):
        o = _part(other)
        if o is None:
            return NotImplemented
        try:
            return complex(*_quot(o, (self._re, self._im)))
        except ZeroDivisionError:
            raise ZeroDivisionError('complex division by zero') from None

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError('complex modulo')
        o = _part(other)
        return NotImplemented if o is None else _power((self._re, self._im), o)

    def __rpow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError('complex modulo')
        o = _part(other)
        return NotImplemented if o is None else _power(o, (self._re, self._im))


def _power(a, b):
    re, im = _pow(a, b)
    if (re in (_INF, -_INF) or im in (_INF, -_INF)) and all(
            x not in (_INF, -_INF) and x == x for x in (a + b)):
        raise OverflowError('complex exponentiation')
    return complex(re, im)


def _float_power(base, exponent):
    # float ** float with a negative base and a fractional exponent.
    return _power((float(base), 0.0), (float(exponent), 0.0))


def _format(re, im, spec):
    # format(z, spec), as CPython's format_complex_internal.
    import re as _re_module
    m = _re_module.fullmatch(
        r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([_,])?(?:\.(\d+))?([eEfFgGn%]?)', spec)
    if m is None:
        raise ValueError('Invalid format specifier')
    fill, align, sign, _z, alt, zero, width, grouping, precision, kind = m.groups()
    if zero:
        raise ValueError('Zero padding is not allowed in complex format specifier')
    if align == '=':
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    if kind == '%':
        raise ValueError("Unknown format code '%%' for object of type 'complex'")
    parens = skip_re = False
    if not kind:
        if re == 0.0 and _math.copysign(1.0, re) == 1.0:
            skip_re = True
        else:
            parens = True
    if kind == 'n':
        kind = 'g'
    body_spec = (alt or '') + (grouping or '') + ('.' + precision if precision else '') + \
        (kind if kind else ('g' if precision else 'r'))

    def part(x, part_sign):
        if body_spec.endswith('r'):
            text = _float_repr(x)
            if text[0] != '-' and part_sign in '+ ':
                text = part_sign + text
            return text
        return format(x, part_sign + body_spec)

    if skip_re:
        text = part(im, sign or '-') + 'j'
    else:
        text = part(re, sign or '-') + part(im, '+') + 'j'
    if parens:
        text = '(' + text + ')'
    width = int(width or 0)
    if len(text) >= width:
        return text
    fill = fill or ' '
    pad = width - len(text)
    align = align or '>'
    if align == '<':
        return text + fill * pad
    if align == '^':
        return fill * (pad // 2) + text + fill * (pad - pad // 2)
    return fill * pad + text
