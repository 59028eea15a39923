# base64: Base64 (standard and URL-safe), Base32 and Base16, as CPython's.

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'encodebytes', 'decodebytes']

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


class Error(ValueError):
    __module__ = 'binascii'


def _bytes(s, what='argument'):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes):
        return s
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def b64encode(s, altchars=None):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    data = list(s)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + _B64[n & 63])
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + '==')
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(_B64[n >> 18] + _B64[(n >> 12) & 63] + _B64[(n >> 6) & 63] + '=')
    text = ''.join(out)
    if altchars is not None:
        alt = _bytes(altchars).decode('ascii')
        text = text.replace('+', alt[0]).replace('/', alt[1])
    return text.encode('ascii')


def b64decode(s, altchars=None, validate=False):
    text = _bytes(s).decode('latin-1')
    if altchars is not None:
        alt = _bytes(altchars).decode('latin-1')
        text = text.replace(alt[0], '+').replace(alt[1], '/')
    values = []
    pad = 0
    for c in text:
        k = _B64.find(c)
        if c == '=':
            pad += 1
            if len(values) % 4 >= 2 and (len(values) + pad) % 4 == 0:
                break
            continue
        if k < 0:
            if validate:
                raise Error('Only base64 data is allowed')
            continue
        if pad:
            if validate:
                raise Error('Discontinuous padding not allowed')
            pad = 0
        values.append(k)
    if len(values) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % len(values))
    if len(values) % 4 and not pad:
        raise Error('Incorrect padding')
    out = []
    for i in range(0, len(values), 4):
        chunk = values[i:i + 4]
        n = 0
        for v in chunk:
            n = (n << 6) | v
        n <<= 6 * (4 - len(chunk))
        out.extend([(n >> 16) & 255, (n >> 8) & 255, n & 255][:len(chunk) - 1])
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def encodebytes(s):
    text = b64encode(s).decode('ascii')
    lines = [text[i:i + 76] + '\n' for i in range(0, len(text), 76)]
    return ''.join(lines).encode('ascii')


def decodebytes(s):
    return b64decode(s)


def b32encode(s):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    data = list(s)
    out = []
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = 0
        for b in chunk + [0] * (5 - len(chunk)):
            n = (n << 8) | b
        chars = ''.join(_B32[(n >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.append(chars[:used] + '=' * (8 - used))
    return ''.join(out).encode('ascii')


def b32decode(s, casefold=False, map01=None):
    text = _bytes(s).decode('latin-1')
    if len(text) % 8:
        raise Error('Incorrect padding')
    if casefold:
        text = text.upper()
    stripped = text.rstrip('=')
    pad = len(text) - len(stripped)
    out = []
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk.ljust(8, 'A'):
            k = _B32.find(c)
            if k < 0:
                raise Error('Non-base32 digit found')
            n = (n << 5) | k
        out.extend([(n >> (32 - 8 * k)) & 255 for k in range(5)])
    if pad:
        keep = {6: 1, 4: 2, 3: 3, 1: 4}.get(pad)
        if keep is None:
            raise Error('Incorrect padding')
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b16encode(s):
    if not isinstance(s, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return ''.join('%02X' % b for b in s).encode('ascii')


def b16decode(s, casefold=False):
    text = _bytes(s).decode('latin-1')
    if casefold:
        text = text.upper()
    if len(text) % 2:
        raise Error('Odd-length string')
    for c in text:
        if c not in '0123456789ABCDEF':
            raise Error('Non-base16 digit found')
    return bytes(int(text[i:i + 2], 16) for i in range(0, len(text), 2))
