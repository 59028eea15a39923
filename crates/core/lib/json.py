# json: the encoder and decoder, with CPython's output, error messages and
# error positions. requests' and aiohttp's .json() decode through loads.

import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

# ---- encoding ----

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
            '\b': '\\b', '\f': '\\f'}


def _quote(s, ensure_ascii):
    if not s:
        return '""'
    if min(s) >= ' ' and (max(s) <= '~' or not ensure_ascii):
        if '\\' in s:
            s = s.replace('\\', '\\\\')
        if '"' in s:
            s = s.replace('"', '\\"')
        return '"' + s + '"'
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and c > '~':
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INF:
        text = 'Infinity'
    elif o == -_INF:
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if type(self) is JSONEncoder and 'default' not in self.__dict__:
            # The plain cases are native; None leaves the rest to Python.
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = _json.dumps(o, bool(self.ensure_ascii), bool(self.sort_keys), indent,
                               self.item_separator, self.key_separator)
            if text is not None:
                return text
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        item_sep = self.item_separator
        key_sep = self.key_separator
        ensure_ascii = self.ensure_ascii
        allow_nan = self.allow_nan
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys
        markers = {} if self.check_circular else None
        default = self.default
        out = []
        emit = out.append

        def enter(o):
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError('Circular reference detected')
                markers[key] = o
                return key
            return None

        def leave(key):
            if key is not None:
                del markers[key]

        def encode(o, level):
            if isinstance(o, str):
                emit(_quote(o, ensure_ascii))
            elif o is None:
                emit('null')
            elif o is True:
                emit('true')
            elif o is False:
                emit('false')
            elif isinstance(o, int):
                emit(repr(o))
            elif isinstance(o, float):
                emit(_float(o, allow_nan))
            elif isinstance(o, (list, tuple)):
                encode_list(o, level)
            elif isinstance(o, dict):
                encode_dict(o, level)
            elif getattr(type(o), '_mixin_type_', None) in (str, int, float):
                # A member of an enum mixed with str, int or float is one.
                encode(o._value_, level)
            else:
                key = enter(o)
                encode(default(o), level)
                leave(key)

        def encode_list(lst, level):
            if not lst:
                emit('[]')
                return
            key = enter(lst)
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                sep = item_sep + newline
                emit('[' + newline)
            else:
                sep = item_sep
                emit('[')
            first = True
            for v in lst:
                if first:
                    first = False
                else:
                    emit(sep)
                encode(v, level)
            if indent is not None:
                emit('\n' + indent * (level - 1))
            emit(']')
            leave(key)

        def encode_dict(dct, level):
            if not dct:
                emit('{}')
                return
            key = enter(dct)
            if indent is not None:
                level += 1
                newline = '\n' + indent * level
                sep = item_sep + newline
                emit('{' + newline)
            else:
                sep = item_sep
                emit('{')
            items = sorted(dct.items()) if sort_keys else dct.items()
            first = True
            for k, v in items:
                if getattr(type(k), '_mixin_type_', None) in (str, int, float):
                    k = k._value_
                if isinstance(k, str):
                    pass
                elif isinstance(k, float):
                    k = _float(k, allow_nan)
                elif k is True:
                    k = 'true'
                elif k is False:
                    k = 'false'
                elif k is None:
                    k = 'null'
                elif isinstance(k, int):
                    k = repr(k)
                elif skipkeys:
                    continue
                else:
                    raise TypeError('keys must be str, int, float, bool or None, not %s' % type(k).__name__)
                if first:
                    first = False
                else:
                    emit(sep)
                emit(_quote(k, ensure_ascii))
                emit(key_sep)
                encode(v, level)
            if indent is not None:
                emit('\n' + indent * (level - 1))
            emit('}')
            leave(key)

        encode(o, 0)
        return out


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                 allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                 sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


# ---- decoding ----

_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}
_DIGITS = '0123456789'


def _constant(name):
    return _CONSTANTS[name]


_HEX = '0123456789abcdefABCDEF'


class _NoValue(Exception):
    # No value at `value` (the C scanner's StopIteration).
    def __init__(self, value):
        self.value = value


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self._plain = (object_hook is None and parse_float is None and parse_int is None
                       and parse_constant is None and strict and object_pairs_hook is None)

    # decode() and raw_decode() raise on the lines CPython's tracebacks show
    # (scan_once stands for its C scanner, whose errors come from within).
    def decode(self, s):
        if self._plain:
            # The plain cases are native; None leaves the rest to Python.
            obj = _json.loads(s)
            if obj is not None:
                return obj
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())  # 3.11: json/decoder.py:337
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)  # 3.11: json/decoder.py:340
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)  # 3.11: json/decoder.py:353
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None  # 3.11: json/decoder.py:355
        return obj, end

    def scan_once(self, s, idx):
        return self._value(s, idx, len(s))

    def _value(self, s, i, end):
        if i >= end:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1, end)
        if c == '{':
            return self._object(s, i + 1, end)
        if c == '[':
            return self._array(s, i + 1, end)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c in _DIGITS or c == '-':
            j = i + 1 if c == '-' else i
            if j < end and s[j] in _DIGITS:
                k = j + 1
                if s[j] != '0':
                    while k < end and s[k] in _DIGITS:
                        k += 1
                is_float = False
                if k + 1 < end and s[k] == '.' and s[k + 1] in _DIGITS:
                    k += 2
                    while k < end and s[k] in _DIGITS:
                        k += 1
                    is_float = True
                if k < end and s[k] in 'eE':
                    m = k + 1
                    if m < end and s[m] in '+-':
                        m += 1
                    if m < end and s[m] in _DIGITS:
                        m += 1
                        while m < end and s[m] in _DIGITS:
                            m += 1
                        k = m
                        is_float = True
                text = s[i:k]
                if is_float:
                    return self.parse_float(text), k
                return self.parse_int(text), k
            if c == '-' and s.startswith('-Infinity', i):
                return self.parse_constant('-Infinity'), i + 9
            raise _NoValue(i)
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        raise _NoValue(i)

    def _string(self, s, i, end):
        # Most strings have no escapes: one slice.
        q = s.find('"', i)
        if q >= 0:
            piece = s[i:q]
            if '\\' not in piece and (not piece or min(piece) >= ' '):
                return piece, q + 1
        begin = i - 1
        chunks = []
        strict = self.strict
        while True:
            q = s.find('"', i)
            b = s.find('\\', i, q if q >= 0 else end)
            stop = b if b >= 0 else q
            if stop < 0:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            piece = s[i:stop]
            if piece and min(piece) < ' ':
                for n, ch in enumerate(piece):
                    if ch < ' ':
                        if strict:
                            raise JSONDecodeError('Invalid control character at', s, i + n)
                        break
            chunks.append(piece)
            if stop == q and b < 0:
                return ''.join(chunks), q + 1
            i = b + 1
            if i >= end:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[i]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    raise JSONDecodeError('Invalid \\escape', s, i - 1)
                chunks.append(ch)
                i += 1
                continue
            n = self._hex4(s, i + 1, end)
            i += 5
            if 0xd800 <= n <= 0xdbff and s.startswith('\\u', i):
                n2 = self._hex4(s, i + 2, end)
                if 0xdc00 <= n2 <= 0xdfff:
                    n = 0x10000 + (((n - 0xd800) << 10) | (n2 - 0xdc00))
                    i += 6
            if 0xd800 <= n <= 0xdfff:
                # Strings cannot hold a lone surrogate here.
                n = 0xfffd
            chunks.append(chr(n))

    def _hex4(self, s, i, end):
        digits = s[i:i + 4]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i - 1)
        return int(digits, 16)

    def _object(self, s, i, end):
        pairs = []
        i = _skip(s, i, end)
        if i < end and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= end or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = self._string(s, i + 1, end)
                while i < end and s[i] in _WS:
                    i += 1
                if i >= end or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                while i < end and s[i] in _WS:
                    i += 1
                # A missing value goes up to raw_decode, as CPython's
                # scanner's StopIteration does.
                value, i = self._value(s, i, end)
                pairs.append((key, value))
                while i < end and s[i] in _WS:
                    i += 1
                if i < end and s[i] == '}':
                    i += 1
                    break
                if i >= end or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                while i < end and s[i] in _WS:
                    i += 1
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, i

    def _array(self, s, i, end):
        values = []
        i = _skip(s, i, end)
        if i < end and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i, end)
            values.append(value)
            while i < end and s[i] in _WS:
                i += 1
            if i < end and s[i] == ']':
                return values, i + 1
            if i >= end or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            while i < end and s[i] in _WS:
                i += 1


def _skip(s, i, end):
    while i < end and s[i] in _WS:
        i += 1
    return i


class _Blanks:
    # What CPython's WHITESPACE.match(s, i) gives decode(): where they end.
    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


def _w(s, i):
    return _Blanks(_skip(s, i, len(s)))


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)
        s = s.decode('utf-8')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)  # 3.11: json/__init__.py:346
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)  # 3.11: json/__init__.py:359


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(),  # 3.11: json/__init__.py:293
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


class decoder:
    JSONDecodeError = JSONDecodeError
    JSONDecoder = JSONDecoder


class encoder:
    JSONEncoder = JSONEncoder
