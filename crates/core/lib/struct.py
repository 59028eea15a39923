"""struct: values packed into bytes and back, as C lays them out (a Linux
x86-64 machine's native sizes and alignment for '@', the standard sizes
with no padding for '<', '>', '!' and '=')."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


# code: (standard size, native size); integers are signed when lower case.
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8),
    'q': (8, 8), 'Q': (8, 8), 'n': (None, 8), 'N': (None, 8), 'P': (None, 8),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}


def _parse(fmt):
    # [(code, count, offset)], total size, little-endian?, native sizes?
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not '
                        + type(fmt).__name__)
    native = True
    little = True
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        fmt = fmt[1:]
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        while ch.isdigit():
            count = (count or 0) * 10 + int(ch)
            i += 1
            if i == len(fmt):
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        if ch not in _SIZES or (not native and _SIZES[ch][0] is None):
            raise error('bad char in struct format')
        size = _SIZES[ch][1] if native else _SIZES[ch][0]
        n = 1 if count is None else count
        if native and ch not in 'xcbB?sp' and offset % size:
            offset += size - offset % size
        items.append((ch, n, offset))
        offset += size * n
        i += 1
    return items, offset, little, native


def _int_bytes(code, v, size, little):
    if not isinstance(v, int):
        if hasattr(v, '__index__'):
            v = v.__index__()
        else:
            raise error('required argument is not an integer')
    signed = code.islower()
    bits = 8 * size
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if not lo <= v <= hi:
        if code == 'b':
            raise error('byte format requires -128 <= number <= 127')
        if code == 'B':
            raise error('ubyte format requires 0 <= number <= 255')
        if code in 'hH':
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        if size == 8:
            raise error('int too large to convert')
        if not signed and v < 0:
            raise error('argument out of range')
        raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    return (v & ((1 << bits) - 1)).to_bytes(size, 'little' if little else 'big')


def _float_bits(x, size):
    # IEEE 754 binary16/32/64 bits of x, rounded to nearest even.
    import math
    ebits, mbits = {2: (5, 10), 4: (8, 23), 8: (11, 52)}[size]
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == math.inf:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    exp = e - 1 + bias
    if exp <= 0:  # subnormal
        scaled = math.ldexp(x, bias - 1 + mbits)
        exp = 0
    else:
        scaled = math.ldexp(m * 2.0 - 1.0, mbits)
    frac = int(scaled)
    rest = scaled - frac
    if rest > 0.5 or (rest == 0.5 and frac & 1):
        frac += 1
        if frac >> mbits:
            frac = 0 if exp else frac
            exp += 1
    if exp >= (1 << ebits) - 1:
        name = {2: 'e', 4: 'f'}.get(size)
        raise OverflowError('float too large to pack with %s format' % name)
    return (sign << (ebits + mbits)) | (exp << mbits) | frac


def _bits_float(bits, size):
    import math
    ebits, mbits = {2: (5, 10), 4: (8, 23), 8: (11, 52)}[size]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * math.inf if not frac else math.nan
    if exp == 0:
        return sign * math.ldexp(frac, 1 - bias - mbits)
    return sign * math.ldexp(frac + (1 << mbits), exp - bias - mbits)


def _pack_one(code, v, size, little):
    if code in 'fde':
        if not isinstance(v, (int, float)):
            raise error('required argument is not a float')
        v = float(v)
        return _float_bits(v, size).to_bytes(size, 'little' if little else 'big')
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code == 'c':
        if not isinstance(v, bytes) or len(v) != 1:
            raise error('char format requires a bytes object of length 1')
        return v
    return _int_bytes(code, v, size, little)


class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        self.format = format.decode('ascii') if isinstance(format, bytes) else format
        self._items, self.size, self._little, self._native = _parse(format)

    def _count(self):
        return sum(1 if code in 'sp' else n for code, n, _ in self._items if code != 'x')

    def pack(self, *values):
        out = [0] * self.size
        self._pack_to(out, 0, values)
        return bytes(out)

    def _pack_to(self, out, start, values):
        want = self._count()
        if len(values) != want:
            raise error('pack expected %d items for packing (got %d)' % (want, len(values)))
        k = 0
        for code, n, offset in self._items:
            at = start + offset
            if code == 'x':
                continue
            if code in 'sp':
                data = values[k]
                k += 1
                if not isinstance(data, bytes):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 'p':
                    body = data[:max(n - 1, 0)]
                    chunk = (bytes([min(len(body), 255)]) + body if n else b'')
                else:
                    chunk = data[:n]
                out[at:at + len(chunk)] = list(chunk)
                continue
            size = _SIZES[code][1 if self._native else 0]
            for j in range(n):
                chunk = _pack_one(code, values[k], size, self._little)
                k += 1
                out[at + j * size:at + (j + 1) * size] = list(chunk)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return iter([self._unpack_at(buffer, at) for at in range(0, len(buffer), self.size)])

    def _unpack_at(self, buffer, start):
        out = []
        order = 'little' if self._little else 'big'
        for code, n, offset in self._items:
            at = start + offset
            if code == 'x':
                continue
            if code == 's':
                out.append(buffer[at:at + n])
                continue
            if code == 'p':
                length = min(buffer[at], n - 1) if n else 0
                out.append(buffer[at + 1:at + 1 + length])
                continue
            size = _SIZES[code][1 if self._native else 0]
            for j in range(n):
                raw = buffer[at + j * size:at + (j + 1) * size]
                if code == 'c':
                    out.append(raw)
                elif code == '?':
                    out.append(raw != b'\x00')
                elif code in 'efd':
                    out.append(_bits_float(int.from_bytes(raw, order), size))
                else:
                    out.append(int.from_bytes(raw, order, signed=code.islower()))
        return tuple(out)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *values):
    return _struct(fmt).pack(*values)


def pack_into(fmt, buffer, offset, *values):
    raise NotImplementedError('struct.pack_into() needs a writable buffer; '
                              'the playground has no bytearray: use struct.pack()')


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)
