# The rarer methods of float, written in Python: the VM puts them in the
# float type the first time a program asks a float for a method it lacks
# (vm/ops/attributes.rs), as it does for int (_int.py). CPython 3.11's messages.

_INF = float('inf')


def _split(x):
    # x > 0 finite as (n, e): x == n * 2**e, n odd or e == -1074.
    e = 0
    while x >= 9007199254740992.0:  # 2**53: halving is exact
        x *= 0.5
        e += 1
    while x != int(x) and e > -1074:
        x *= 2.0
        e -= 1
    n = int(x)
    while n & 1 == 0 and n:
        n >>= 1
        e += 1
    return n, e


def as_integer_ratio(self):
    x = float(self)
    if x != x:
        raise ValueError('cannot convert NaN to integer ratio')
    if x in (_INF, -_INF):
        raise OverflowError('cannot convert Infinity to integer ratio')
    if x == 0.0:
        return (0, 1)
    n, e = _split(abs(x))
    if x < 0:
        n = -n
    return (n << e, 1) if e >= 0 else (n, 1 << -e)


def hex(self):
    x = float(self)
    if x != x:
        return 'nan'
    if x in (_INF, -_INF):
        return 'inf' if x > 0 else '-inf'
    sign = '-' if x < 0 or (x == 0.0 and str(x)[0] == '-') else ''
    if x == 0.0:
        return sign + '0x0.0p+0'
    n, e = _split(abs(x))
    # Normalise to 53 bits: n * 2**e == m * 2**(e2), 2**52 <= m < 2**53.
    shift = 53 - n.bit_length()
    m = n << shift
    e2 = e - shift
    if e2 + 52 < -1022:  # subnormal: a leading 0 and the exponent -1022
        m >>= -1022 - (e2 + 52)
        return '%s0x0.%013xp-1022' % (sign, m)
    exp = e2 + 52
    return '%s0x1.%013xp%+d' % (sign, m - (1 << 52), exp)


def fromhex(cls, string):
    s = string.strip().lower()
    sign = 1
    if s[:1] in ('-', '+'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if s in ('inf', 'infinity'):
        return cls(sign * _INF)
    if s == 'nan':
        return cls(float('nan'))
    if s.startswith('0x'):
        s = s[2:]
    exp = 0
    if 'p' in s:
        s, _, tail = s.partition('p')
        try:
            exp = int(tail)
        except ValueError:
            exp = None
    whole, dot, frac = s.partition('.')
    digits = whole + frac
    if exp is None or not digits or '_' in digits or any(c not in '0123456789abcdef' for c in digits):
        raise ValueError('invalid hexadecimal floating-point string')
    n = int(digits, 16)
    e = exp - 4 * len(frac)
    if n == 0:
        return cls(sign * 0.0)
    # Round n * 2**e once, to 53 bits or fewer among the subnormals.
    top = n.bit_length() - 1 + e
    keep = 53 if top >= -1022 else 53 - (-1022 - top)
    drop = n.bit_length() - keep
    if drop > 0:
        rest = n & ((1 << drop) - 1)
        n >>= drop
        half = 1 << (drop - 1)
        if rest > half or (rest == half and n & 1):
            n += 1
        e += drop
    if n.bit_length() - 1 + e > 1023:
        raise OverflowError('hexadecimal value too large to represent as a float')
    value = float(n)
    while e > 0:
        step = min(e, 1000)
        value *= 2.0 ** step
        e -= step
    while e < 0:
        step = max(e, -1000)
        value *= 2.0 ** step  # exact: the value was rounded above
        e -= step
    return cls(sign * value)


fromhex = classmethod(fromhex)


def conjugate(self):
    return float(self)
