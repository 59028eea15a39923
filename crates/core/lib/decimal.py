# decimal: decimal floating point after the General Decimal Arithmetic
# specification, as CPython's decimal computes it: a value is a sign, an
# integer coefficient and a power of ten; each operation's exact result is
# rounded to the context's precision (28 digits, ROUND_HALF_EVEN by
# default), raising the context's trapped signals with CPython's words.
# Written here: construction (str, int, float exactly, tuples), + - * /
# // % divmod, integer powers, sqrt, comparisons and hashing with ints and
# floats, quantize, rounding, normalize, format specs, contexts. Left out:
# non-integer powers, exp/ln/log10, logical and next_* operations.

import math as _math
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


# The signals as a context's repr lists them.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
            Rounded, Subnormal, Underflow]
# A condition is recorded and trapped as the signal it belongs to.
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class _Flags(dict):
    # A context's flags or traps: signal -> bool, listed in the signals' order.
    def __repr__(self):
        return '{' + ', '.join(f"<class 'decimal.{s.__name__}'>:{self.get(s, False)}"
                               for s in _SIGNALS) + '}'


class Context:
    __module__ = 'decimal'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_context if '_default_context' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _Flags((s, False) for s in _SIGNALS)
        if flags:
            for s in (flags if not isinstance(flags, dict) else [k for k, v in flags.items() if v]):
                self.flags[s] = True
        self.traps = _Flags((s, False) for s in _SIGNALS)
        if traps is None:
            chosen = [s for s, on in base.traps.items() if on] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        elif isinstance(traps, dict):
            chosen = [k for k, v in traps.items() if v]
        else:
            chosen = traps
        for s in chosen:
            self.traps[s] = True

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or not 1 <= value <= MAX_PREC):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags.get(s))
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps.get(s))
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, [s for s, on in self.flags.items() if on],
                       [s for s, on in self.traps.items() if on])

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def _raise(self, condition):
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    # The operations as context methods.
    def add(self, a, b):
        return _dec(a).__add__(_dec(b), self)

    def subtract(self, a, b):
        return _dec(a).__sub__(_dec(b), self)

    def multiply(self, a, b):
        return _dec(a).__mul__(_dec(b), self)

    def divide(self, a, b):
        return _dec(a).__truediv__(_dec(b), self)

    def sqrt(self, a):
        return _dec(a).sqrt(self)

    def quantize(self, a, b):
        return _dec(a).quantize(_dec(b), context=self)

    def plus(self, a):
        return _dec(a)._fix(self)


def _dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError(f'conversion from {type(x).__name__} to Decimal is not supported')


_current = None


def getcontext():
    global _current
    if _current is None:
        _current = Context()
    return _current


def setcontext(context):
    global _current
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _LocalContext:
    def __init__(self, ctx, changes):
        self._new = (ctx or getcontext()).copy()
        for name, value in changes.items():
            setattr(self._new, name, value)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    return _LocalContext(ctx, kwargs)


def _digits(n):
    return len(str(n))


# How rounding a coefficient away by `drop` digits goes: whether to add
# one to what is kept, by mode, from the kept digits' last, the dropped
# part and half of its unit.
def _round_up(mode, sign, kept, rest, half):
    if rest == 0:
        return False
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    if mode == ROUND_HALF_UP:
        return rest >= half
    if mode == ROUND_HALF_DOWN:
        return rest > half
    if mode == ROUND_HALF_EVEN:
        return rest > half or (rest == half and kept % 2 == 1)
    return kept % 5 == 0   # ROUND_05UP


def _shift_round(sign, coeff, drop, mode):
    # coeff with its last `drop` digits rounded away, and whether that lost anything.
    unit = 10 ** drop
    kept, rest = divmod(coeff, unit)
    if _round_up(mode, sign, kept, rest, unit // 2 if drop else 1):
        kept += 1
    return kept, rest != 0


class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')
    __module__ = 'decimal'

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = \
                value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            (context or getcontext()).flags[FloatOperation] = True
            if (context or getcontext()).traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            return cls._from_float(self, value)
        if isinstance(value, str):
            return self._parse(value, context)
        if isinstance(value, (tuple, list)):
            sign, digits, exp = value
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special, self._int, self._exp = exp, 0, 0
            else:
                self._int = int(''.join(str(d) for d in digits) or '0')
                self._exp = exp
            return self
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    def _from_float(self, f):
        self._sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if f != f:
            self._special, self._int, self._exp = 'n', 0, 0
            return self
        if f in (float('inf'), float('-inf')):
            self._special, self._int, self._exp = 'F', 0, 0
            return self
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        self._int = n * 5 ** k
        self._exp = -k
        return self

    def _parse(self, text, context):
        s = text.strip().replace('_', '') if '_' not in text.strip()[:1] else '!'
        sign = 0
        if s[:1] in ('+', '-'):
            sign = 1 if s[0] == '-' else 0
            s = s[1:]
        low = s.lower()
        self._sign = sign
        if low in ('inf', 'infinity'):
            self._special, self._int, self._exp = 'F', 0, 0
            return self
        if low in ('nan', 'snan') or (low[:3] == 'nan' and low[3:].isdigit()):
            self._special, self._int, self._exp = ('N' if low[0] == 's' else 'n'), 0, 0
            return self
        mantissa, _, exponent = low.partition('e')
        whole, dot, frac = mantissa.partition('.')
        ok = (whole + frac).isdigit() and (whole + frac).isascii() and '.' not in frac
        if ok and _:
            e = exponent[1:] if exponent[:1] in ('+', '-') else exponent
            ok = e.isdigit() and e.isascii()
        if not ok:
            (context or getcontext())._raise(ConversionSyntax)
            self._special, self._int, self._exp = 'n', 0, 0
            return self
        self._int = int(whole + frac)
        self._exp = (int(exponent) if _ else 0) - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        return cls(f)

    # ---- what it is ----

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._isnan()

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        if self._special:
            exp = self._special
            digits = (0,) if exp == 'F' else ()
        else:
            exp = self._exp
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            raise (ValueError if self._isnan() else OverflowError)(
                'cannot convert %s to integer ratio' % ('NaN' if self._isnan() else 'Infinity'))
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        from fractions import Fraction
        f = Fraction(n, 10 ** -self._exp)
        return f.numerator, f.denominator

    # ---- text ----

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            return sign + {'F': 'Infinity', 'n': 'NaN', 'N': 'sNaN'}[self._special]
        digits = str(self._int)
        left = self._exp + len(digits)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            intpart, frac = '0', '.' + '0' * -dot + digits
        elif dot >= len(digits):
            intpart, frac = digits + '0' * (dot - len(digits)), ''
        else:
            intpart, frac = digits[:dot], '.' + digits[dot:]
        exp = '' if left == dot else 'E%+d' % (left - dot)
        return sign + intpart + frac + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return f"Decimal('{self}')"

    def __format__(self, spec):
        return _format(self, spec)

    # ---- rounding to a context ----

    def _fix(self, context=None):
        context = context or getcontext()
        if self._special:
            return self
        prec = context.prec
        n = _digits(self._int)
        coeff, exp = self._int, self._exp
        if n > prec:
            coeff, lost = _shift_round(self._sign, coeff, n - prec, context.rounding)
            exp += n - prec
            if _digits(coeff) > prec:
                coeff //= 10
                exp += 1
            context._raise(Rounded)
            if lost:
                context._raise(Inexact)
        if coeff and exp + _digits(coeff) - 1 > context.Emax:
            context._raise(Overflow)
            return _make(self._sign, 0, 0, 'F')
        return _make(self._sign, coeff, exp)

    def __pos__(self, context=None):
        return self._fix(context)

    def __neg__(self, context=None):
        r = _make(1 - self._sign if (self._int or self._special) else 0, self._int, self._exp,
                  self._special)
        return r._fix(context)

    def __abs__(self, round=True, context=None):
        r = _make(0, self._int, self._exp, self._special)
        return r._fix(context) if round else r

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return _make(_dec(other)._sign, self._int, self._exp, self._special)

    # ---- arithmetic ----

    def _operands(self, other, op, reflected=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        a, b = ('decimal.Decimal', type(other).__name__)
        if reflected:
            a, b = b, a
        raise TypeError(f"unsupported operand type(s) for {op}: '{a}' and '{b}'")

    def _nan_result(self, other, context):
        for x in (self, other):
            if x._special == 'N':
                (context or getcontext())._raise(InvalidOperation)
                return _make(x._sign, 0, 0, 'n')
        for x in (self, other):
            if x._special == 'n':
                return x
        return None

    def __add__(self, other, context=None):
        other = self._operands(other, '+')
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == other._special == 'F' and self._sign != other._sign:
                (context or getcontext())._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return self if self._special == 'F' else other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            rounding = (context or getcontext()).rounding
            sign = 1 if (self._sign and other._sign) or (
                self._sign != other._sign and rounding == ROUND_FLOOR) else 0
        else:
            sign = 1 if total < 0 else 0
        return _make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        return self._operands(other, '+', True).__add__(self, context)

    def __sub__(self, other, context=None):
        other = self._operands(other, '-')
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        return self._operands(other, '-', True).__sub__(self, context)

    def __mul__(self, other, context=None):
        other = self._operands(other, '*')
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self.is_zero() or other.is_zero():
                (context or getcontext())._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return _make(sign, 0, 0, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        return self._operands(other, '*', True).__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = self._operands(other, '/')
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == other._special:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            if self._special == 'F':
                return _make(sign, 0, 0, 'F')
            return _make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                context._raise(DivisionUndefined)
                return _make(0, 0, 0, 'n')
            context._raise(DivisionByZero)
            return _make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(context)
        # Digits enough for the precision and one to round by, then as
        # near the ideal exponent as an exact result allows.
        shift = _digits(other._int) - _digits(self._int) + context.prec + 1
        exp = ideal - shift
        if shift >= 0:
            coeff, rest = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rest = divmod(self._int, other._int * 10 ** -shift)
        if rest:
            if coeff % 5 == 0:
                coeff += 1
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        return self._operands(other, '/', True).__truediv__(self, context)

    def _divide_integer(self, other, context):
        # (quotient truncated toward zero, remainder with the dividend's sign).
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if other.is_zero():
            if self.is_zero():
                context._raise(DivisionUndefined)
            else:
                context._raise(DivisionByZero)
            return _make(0, 0, 0, 'n'), _make(0, 0, 0, 'n')
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            context._raise(DivisionImpossible)
            return _make(0, 0, 0, 'n'), _make(0, 0, 0, 'n')
        quotient = _make(sign, q, 0)
        remainder = _make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = self._operands(other, '//')
        return self._divide_integer(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        return self._operands(other, '//', True).__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = self._operands(other, '%')
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        return self._operands(other, '%', True).__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = self._operands(other, 'divmod()')
        return self._divide_integer(other, context)

    def __rdivmod__(self, other, context=None):
        return self._operands(other, 'divmod()', True).__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _dec(other)
        q = (self / other).to_integral_value(ROUND_HALF_EVEN)
        return (self - q * other)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        other = self._operands(other, '** or pow()')
        context = context or getcontext()
        if other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            raise NotImplementedError('the playground computes a Decimal to an integer '
                                      'power only')
        n = int(other)
        if modulo is not None:
            return Decimal(pow(int(self), n, int(_dec(modulo))))
        if self._special:
            return self if n > 0 else (Decimal(1) if n == 0 else Decimal(0))
        if n == 0:
            if self.is_zero():
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        if n > 0:
            return _make(sign, self._int ** n, self._exp * n)._fix(context)
        if self.is_zero():
            context._raise(DivisionByZero)
            return _make(sign, 0, 0, 'F')
        with localcontext(context) as wide:
            wide.prec = context.prec + 3
            result = Decimal(1).__truediv__(_make(sign, self._int ** -n, self._exp * -n), wide)
        return result._fix(context)

    def __rpow__(self, other, context=None):
        return self._operands(other, '** or pow()', True).__pow__(self, context=context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._special:
            if self._isnan():
                return self
            if self._sign:
                context._raise(InvalidOperation)
                return _make(0, 0, 0, 'n')
            return self
        if self.is_zero():
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        ideal = self._exp // 2
        coeff, exp = self._int, self._exp
        if exp % 2:
            coeff *= 10
            exp -= 1
        # Scale to prec + 1 digits of the root, at least.
        k = max(0, context.prec + 1 - (_digits(coeff) + 1) // 2)
        n = coeff * 100 ** k
        root = _math.isqrt(n)
        exp = exp // 2 - k
        if root * root != n:
            # Not exact: a sticky digit below the last decides the rounding.
            root = root * 10 + 1
            exp -= 1
        else:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        with localcontext(context) as half_even:
            half_even.rounding = ROUND_HALF_EVEN
            result = _make(0, root, exp)._fix(half_even)
        if root * root != n:
            context._raise(Inexact)
            context._raise(Rounded)
        return result

    # ---- comparisons ----

    def _cmp(self, other):
        # -1, 0 or 1, comparing exactly with a Decimal, int or float; None
        # when either is a NaN; NotImplemented for another type.
        if isinstance(other, (int, float)):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            return NotImplemented
        if self._isnan() or other._isnan():
            return None
        if self._special or other._special:
            a, b = self._rank(), other._rank()
            if a != b or self._special:
                return (a > b) - (a < b)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        return (a > b) - (a < b)

    def _rank(self):
        # -1 for -Infinity, 1 for Infinity, 0 for a finite value.
        if self._special == 'F':
            return -1 if self._sign else 1
        return 0

    def __eq__(self, other):
        c = self._cmp(other)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other)
        if c is NotImplemented:
            return c
        return c != 0

    def _order(self, other, op):
        c = self._cmp(other)
        if c is None:
            getcontext()._raise(InvalidOperation)
            return False
        if c is NotImplemented:
            return c
        return op(c)

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        c = self._cmp(_dec(other))
        if c is None:
            return _make(0, 0, 0, 'n')
        return Decimal(c)

    def max(self, other, context=None):
        other = _dec(other)
        return (other if self._cmp(other) < 0 else self)._fix(context)

    def min(self, other, context=None):
        other = _dec(other)
        return (other if self._cmp(other) > 0 else self)._fix(context)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        m = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._int % m * pow(10, self._exp, m) % m
        else:
            h = self._int % m * pow(pow(10, m - 2, m), -self._exp, m) % m
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # ---- conversions ----

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        n = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self._special == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                raise (ValueError if self._isnan() else OverflowError)(
                    'cannot round a NaN' if self._isnan() else 'cannot round an infinity')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        return self.quantize(_make(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    # ---- exponents ----

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._special or exp._special:
            if self._special == exp._special == 'F':
                return _make(self._sign, 0, 0, 'F')
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff, lost = _shift_round(self._sign, self._int, target - self._exp, rounding)
            context._raise(Rounded)
            if lost:
                context._raise(Inexact)
        if _digits(coeff) > context.prec:
            context._raise(InvalidOperation)
            return _make(0, 0, 0, 'n')
        return _make(self._sign, coeff, target)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        return self._exp == other._exp if not (self._special or other._special) else \
            self._special == other._special

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        rounding = rounding or (context or getcontext()).rounding
        coeff, _lost = _shift_round(self._sign, self._int, -self._exp, rounding)
        return _make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        r = self._fix(context)
        if r._special:
            return r
        if r._int == 0:
            return _make(r._sign, 0, 0)
        coeff, exp = r._int, r._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(r._sign, coeff, exp)

    def scaleb(self, other, context=None):
        return _make(self._sign, self._int, self._exp + int(other), self._special)._fix(context)

    def fma(self, other, third, context=None):
        product = _make(self._sign ^ _dec(other)._sign, self._int * _dec(other)._int,
                        self._exp + _dec(other)._exp)
        return product.__add__(_dec(third), context)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


def _make(sign, coeff, exp, special=None):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
    return d


def _fixed(v):
    # The absolute value in fixed-point notation, every digit shown.
    digits = str(v._int)
    if v._exp >= 0:
        return digits + '0' * v._exp
    k = -v._exp
    digits = digits.rjust(k + 1, '0')
    return digits[:-k] + '.' + digits[-k:]


def _group(digits, sep):
    # '1234567' -> '1,234,567'.
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _format(d, spec):
    # A format spec as CPython's decimal reads it: [[fill]align][sign][z][#][0][width][,][.prec][type]
    import re as _re
    m = _re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec)
    if m is None:
        raise ValueError('invalid format string')
    fill, align, sign_opt, _z, _alt, zero, width, grouping, prec, kind = m.groups()
    prec = int(prec) if prec is not None else None
    context = getcontext()
    rounding = context.rounding
    sign = '-' if d._sign else ''
    if d._special:
        body = str(d.copy_abs())
        kind = None
    elif kind in ('f', 'F', '%'):
        v = d if kind != '%' else _make(d._sign, d._int, d._exp + 2)
        if prec is not None:
            v = v.quantize(_make(0, 1, -prec), rounding=rounding)
        body = _fixed(v)
        if kind == '%':
            body += '%'
    elif kind in ('e', 'E'):
        v = d.copy_abs()
        if prec is not None and v._int:
            n = _digits(v._int)
            if n > prec + 1:
                coeff, _lost = _shift_round(0, v._int, n - prec - 1, rounding)
                v = _make(0, coeff, v._exp + n - prec - 1)
                if _digits(v._int) > prec + 1:
                    v = _make(0, v._int // 10, v._exp + 1)
            elif n < prec + 1:
                v = _make(0, v._int * 10 ** (prec + 1 - n), v._exp - (prec + 1 - n))
        digits = str(v._int)
        e = v._exp + len(digits) - 1
        body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '') + kind + '%+d' % e
    elif kind in ('g', 'G') or kind is None:
        v = d.copy_abs()
        if prec is not None and _digits(v._int) > max(prec, 1):
            with localcontext(context) as narrow:
                narrow.prec = max(prec, 1)
                narrow.rounding = rounding
                v = v._fix(narrow)
        body = str(v)
        if kind in ('g', 'G'):
            body = body.replace('E', 'e' if kind == 'g' else 'E')
    else:
        body = str(d.copy_abs())
    if sign_opt in ('+', ' ') and not d._sign:
        sign = sign_opt
    if grouping:
        intpart, dot, rest = body.partition('.')
        if intpart.isdigit():
            body = _group(intpart, grouping) + dot + rest
    text = sign + body
    if width is not None and len(text) < int(width):
        w = int(width)
        if zero and not align:
            return sign + body.rjust(w - len(sign), '0')
        fill = fill or ' '
        align = align or '>'
        pad = w - len(text)
        if align == '<':
            return text + fill * pad
        if align == '^':
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        if align == '=':
            return sign + fill * pad + body
        return fill * pad + text
    return text


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_context = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
