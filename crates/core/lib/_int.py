# The rarer methods of int, written in Python: the VM puts them in the int
# type the first time a program asks int (or an int) for a method it lacks
# (vm/ops/attributes.rs). CPython 3.11's signatures, defaults and messages.


def _byteorder(byteorder):
    if byteorder not in ('little', 'big'):
        raise ValueError("byteorder must be either 'little' or 'big'")
    return byteorder == 'little'


def _length(length):
    if type(length) is not int:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
    if length < 0:
        raise ValueError('length argument must be non-negative')
    return length


def to_bytes(self, length=1, byteorder='big', *, signed=False):
    length = _length(length)
    little = _byteorder(byteorder)
    value = int(self)
    bits = 8 * length
    if value < 0:
        if not signed:
            raise OverflowError("can't convert negative int to unsigned")
        # Zero bytes hold -1 (all of its sign bits), as in CPython.
        if value < -(1 << (bits - 1) if bits else 1):
            raise OverflowError('int too big to convert')
        value += 1 << bits
    elif value >= (1 << (bits - 1) if signed and bits else 1 << bits):
        raise OverflowError('int too big to convert')
    out = [(value >> (8 * i)) & 255 for i in range(length)]
    if not little:
        out.reverse()
    return bytes(out)


def from_bytes(cls, bytes, byteorder='big', *, signed=False):
    little = _byteorder(byteorder)
    data = list(_as_bytes(bytes))
    if not little:
        data.reverse()
    value = 0
    for i, b in enumerate(data):
        value |= b << (8 * i)
    if signed and data and data[-1] & 0x80:
        value -= 1 << (8 * len(data))
    return value if cls is int else cls(value)


from_bytes = classmethod(from_bytes)


def _as_bytes(source):
    # What bytes(source) makes of it, with from_bytes's message for a str.
    if isinstance(source, str):
        raise TypeError('cannot convert \'str\' object to bytes')
    return bytes(source)


def as_integer_ratio(self):
    return (int(self), 1)


def bit_count(self):
    return bin(self).count('1')


def _pow_inverse(base, exp, mod):
    # pow(base, exp, mod) with exp < 0: the inverse of base modulo mod,
    # raised to -exp (Python 3.8's rule), its sign that of mod.
    m = abs(mod)
    r0, r1, t0, t1 = base % m, m, 1, 0
    while r1:
        q = r0 // r1
        r0, r1, t0, t1 = r1, r0 - q * r1, t1, t0 - q * t1
    if r0 != 1:
        raise ValueError("base is not invertible for the given modulus")
    return pow(t0 % m, -exp, mod)
