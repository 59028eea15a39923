# The methods of bytes besides decode, written in Python: the VM puts them in
# the bytes type the first time a program asks bytes for a method it lacks
# (vm/ops/attributes.rs). Each works on the bytes as latin-1 text (one character per
# byte) with bytes' own rules: ASCII alone is letters, digits and space.

_WS = ' \t\n\r\x0b\x0c'
_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'


def _s(b):
    return ''.join(map(chr, b))


def _b(s):
    return bytes(map(ord, s))


def _arg(x):
    # A bytes argument as text (an int stands for one byte where bytes allow it).
    if type(x) is bytes:
        return _s(x)
    raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)


def _sub(x):
    if type(x) is int:
        if not 0 <= x < 256:
            raise ValueError('byte must be in range(0, 256)')
        return chr(x)
    if type(x) is bytes:
        return _s(x)
    raise TypeError("argument should be integer or bytes-like object, not '%s'" % type(x).__name__)


def _map(s, src, dst):
    out = []
    for c in s:
        k = src.find(c)
        out.append(dst[k] if k >= 0 else c)
    return ''.join(out)


def find(self, sub, start=None, end=None):
    return _s(self).find(_sub(sub), start, end)


def rfind(self, sub, start=None, end=None):
    return _s(self).rfind(_sub(sub), start, end)


def index(self, sub, start=None, end=None):
    k = find(self, sub, start, end)
    if k < 0:
        raise ValueError('subsection not found')
    return k


def rindex(self, sub, start=None, end=None):
    k = rfind(self, sub, start, end)
    if k < 0:
        raise ValueError('subsection not found')
    return k


def count(self, sub, start=None, end=None):
    return _s(self).count(_sub(sub), start, end)


def _split_ws(s, maxsplit, reverse):
    words = []
    word = None
    chars = reversed(s) if reverse else s
    rest_at = None
    for k, c in enumerate(chars):
        if c in _WS:
            if word is not None:
                words.append(word)
                word = None
                if maxsplit >= 0 and len(words) == maxsplit:
                    rest_at = k
                    break
        else:
            word = (c + word if reverse else word + c) if word is not None else c
    if rest_at is not None:
        rest = s[:len(s) - rest_at] if reverse else s[rest_at:]
        rest = rest.rstrip(_WS) if reverse else rest.lstrip(_WS)
        if rest:
            words.append(rest)
    elif word is not None:
        words.append(word)
    if reverse:
        words.reverse()
    return words


def split(self, sep=None, maxsplit=-1):
    if sep is None:
        return [_b(w) for w in _split_ws(_s(self), maxsplit, False)]
    return [_b(w) for w in _s(self).split(_arg(sep), maxsplit)]


def rsplit(self, sep=None, maxsplit=-1):
    if sep is None:
        return [_b(w) for w in _split_ws(_s(self), maxsplit, True)]
    return [_b(w) for w in _s(self).rsplit(_arg(sep), maxsplit)]


def splitlines(self, keepends=False):
    s = _s(self)
    lines = []
    start = 0
    k = 0
    while k < len(s):
        c = s[k]
        if c == '\n' or c == '\r':
            end = k + 2 if c == '\r' and s[k + 1:k + 2] == '\n' else k + 1
            lines.append(s[start:end] if keepends else s[start:k])
            start = k = end
        else:
            k += 1
    if start < len(s):
        lines.append(s[start:])
    return [_b(line) for line in lines]


def join(self, iterable):
    parts = []
    for k, item in enumerate(iterable):
        if type(item) is not bytes:
            raise TypeError('sequence item %d: expected a bytes-like object, %s found'
                            % (k, type(item).__name__))
        parts.append(_s(item))
    return _b(_s(self).join(parts))


def replace(self, old, new, count=-1):
    return _b(_s(self).replace(_arg(old), _arg(new), count))


def _chars(chars):
    return _WS if chars is None else _arg(chars)


def strip(self, chars=None):
    return _b(_s(self).strip(_chars(chars)))


def lstrip(self, chars=None):
    return _b(_s(self).lstrip(_chars(chars)))


def rstrip(self, chars=None):
    return _b(_s(self).rstrip(_chars(chars)))


def _affix(x, name):
    if type(x) is tuple:
        return tuple(_affix(p, name) for p in x)
    if type(x) is bytes:
        return _s(x)
    raise TypeError('%s first arg must be bytes or a tuple of bytes, not %s' % (name, type(x).__name__))


def startswith(self, prefix, start=None, end=None):
    return _s(self).startswith(_affix(prefix, 'startswith'), start, end)


def endswith(self, suffix, start=None, end=None):
    return _s(self).endswith(_affix(suffix, 'endswith'), start, end)


def removeprefix(self, prefix):
    return _b(_s(self).removeprefix(_arg(prefix)))


def removesuffix(self, suffix):
    return _b(_s(self).removesuffix(_arg(suffix)))


def partition(self, sep):
    return tuple(_b(p) for p in _s(self).partition(_arg(sep)))


def rpartition(self, sep):
    return tuple(_b(p) for p in _s(self).rpartition(_arg(sep)))


def upper(self):
    return _b(_map(_s(self), _LOWER, _UPPER))


def lower(self):
    return _b(_map(_s(self), _UPPER, _LOWER))


def swapcase(self):
    return _b(_map(_s(self), _LOWER + _UPPER, _UPPER + _LOWER))


def capitalize(self):
    s = _s(self)
    return _b(_map(s[:1], _LOWER, _UPPER) + _map(s[1:], _UPPER, _LOWER))


def title(self):
    out = []
    prev = False
    for c in _s(self):
        cased = c in _LOWER or c in _UPPER
        out.append(_map(c, _UPPER, _LOWER) if prev else _map(c, _LOWER, _UPPER))
        prev = cased
    return _b(''.join(out))


def _all(self, allowed):
    s = _s(self)
    return bool(s) and all(c in allowed for c in s)


def isdigit(self):
    return _all(self, _DIGITS)


def isalpha(self):
    return _all(self, _LOWER + _UPPER)


def isalnum(self):
    return _all(self, _LOWER + _UPPER + _DIGITS)


def isspace(self):
    return _all(self, _WS)


def islower(self):
    s = _s(self)
    return any(c in _LOWER for c in s) and not any(c in _UPPER for c in s)


def isupper(self):
    s = _s(self)
    return any(c in _UPPER for c in s) and not any(c in _LOWER for c in s)


def isascii(self):
    return all(b < 128 for b in self)


def _fill(fillchar):
    if type(fillchar) is not bytes or len(fillchar) != 1:
        raise TypeError('argument 2 must be a byte string of length 1, not %s' % type(fillchar).__name__)
    return _s(fillchar)


def center(self, width, fillchar=b' '):
    return _b(_s(self).center(width, _fill(fillchar)))


def ljust(self, width, fillchar=b' '):
    return _b(_s(self).ljust(width, _fill(fillchar)))


def rjust(self, width, fillchar=b' '):
    return _b(_s(self).rjust(width, _fill(fillchar)))


def zfill(self, width):
    return _b(_s(self).zfill(width))


def expandtabs(self, tabsize=8):
    return _b(_s(self).expandtabs(tabsize))


def hex(self, sep=None, bytes_per_sep=1):
    digits = ['%02x' % b for b in self]
    if sep is None:
        return ''.join(digits)
    sep = sep if type(sep) is str else _s(sep)
    n = abs(bytes_per_sep)
    if bytes_per_sep > 0:
        groups = [''.join(digits[max(0, k - n):k]) for k in range(len(digits), 0, -n)][::-1]
    else:
        groups = [''.join(digits[k:k + n]) for k in range(0, len(digits), n)]
    return sep.join(groups)


def fromhex(string):
    # bytes.fromhex(string): called on the type.
    if type(string) is not str:
        raise TypeError('fromhex() argument must be str, not %s' % type(string).__name__)
    out = []
    k = 0
    s = string
    while k < len(s):
        if s[k] in _WS:
            k += 1
            continue
        pair = s[k:k + 2]
        try:
            if len(pair) < 2:
                raise ValueError
            out.append(int(pair, 16))
        except ValueError:
            at = k if len(pair) < 2 or pair[0] not in '0123456789abcdefABCDEF' else k + 1
            raise ValueError('non-hexadecimal number found in fromhex() arg at position %d' % at) from None
        k += 2
    return bytes(out)


# bytes.decode and str.encode beyond UTF-8 that decodes (the natives'
# fast path): UTF-8, ASCII and Latin-1, errors strict, ignore and replace.

def _codec(encoding):
    name = encoding.lower().replace('_', '-')
    if name in ('utf-8', 'utf8'):
        return 'utf-8'
    if name in ('ascii', 'us-ascii'):
        return 'ascii'
    if name in ('latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1'):
        return 'latin-1'
    raise LookupError('unknown encoding: %s' % encoding)


def _utf8_error(data, k):
    # (bytes taken, reason) of the malformed sequence at k.
    c = data[k]
    if c < 0xc2 or c > 0xf4:
        return 1, 'invalid start byte'
    need = 1 if c < 0xe0 else 2 if c < 0xf0 else 3
    lo, hi = 0x80, 0xbf
    if c == 0xe0:
        lo = 0xa0
    elif c == 0xed:
        hi = 0x9f
    elif c == 0xf0:
        lo = 0x90
    elif c == 0xf4:
        hi = 0x8f
    for j in range(1, need + 1):
        if k + j >= len(data):
            return len(data) - k, 'unexpected end of data'
        b = data[k + j]
        if not (lo if j == 1 else 0x80) <= b <= (hi if j == 1 else 0xbf):
            return j, 'invalid continuation byte'
    return 0, ''


def _decode(self, encoding='utf-8', errors='strict'):
    codec = _codec(encoding)
    if codec == 'latin-1':
        return ''.join(map(chr, self))
    out = []
    k = 0
    n = len(self)
    while k < n:
        c = self[k]
        if c < 0x80:
            out.append(chr(c))
            k += 1
            continue
        if codec == 'ascii':
            taken, reason = 1, 'ordinal not in range(128)'
        else:
            taken, reason = _utf8_error(self, k)
            if not taken:
                need = 2 if c < 0xe0 else 3 if c < 0xf0 else 4
                out.append(self[k:k + need].decode())
                k += need
                continue
        if errors == 'ignore':
            pass
        elif errors == 'replace':
            out.append('\ufffd')
        elif taken > 1 and reason == 'unexpected end of data':
            raise UnicodeDecodeError("'%s' codec can't decode bytes in position %d-%d: %s"
                                     % (codec, k, k + taken - 1, reason))
        else:
            raise UnicodeDecodeError("'%s' codec can't decode byte 0x%02x in position %d: %s"
                                     % (codec, c, k, reason))
        k += taken
    return ''.join(out)


def _escaped(code):
    return ('\\x%02x' if code < 0x100 else '\\u%04x' if code < 0x10000 else '\\U%08x') % code


def _encode(self, encoding='utf-8', errors='strict'):
    for name, value in (('encoding', encoding), ('errors', errors)):
        if not isinstance(value, str):
            raise TypeError(f"encode() argument '{name}' must be str, not {type(value).__name__}")
    codec = _codec(encoding)
    if codec == 'utf-8':
        return self.encode()
    limit = 128 if codec == 'ascii' else 256
    out = []
    for k, c in enumerate(self):
        code = ord(c)
        if code < limit:
            out.append(code)
        elif errors == 'replace':
            out.append(63)
        elif errors == 'xmlcharrefreplace':
            out.extend(('&#%d;' % code).encode())
        elif errors == 'backslashreplace':
            out.extend(_escaped(code).encode())
        elif errors != 'ignore':
            shown = _escaped(code)
            raise UnicodeEncodeError("'%s' codec can't encode character '%s' in position %d: "
                                     "ordinal not in range(%d)" % (codec, shown, k, limit))
    return bytes(out)
