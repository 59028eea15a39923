# bytearray, the mutable bytes, bound as a built-in on first use: its items
# are a list of ints; bytes' methods run on a copy as bytes, and those
# that give bytes give a bytearray, as CPython's do.


def _byte(x):
    index = getattr(type(x), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    x = index(x)
    if not 0 <= x < 256:
        raise ValueError('byte must be in range(0, 256)')
    return x


def _items(source):
    # The ints of bytes, a bytearray or an iterable of ints.
    if isinstance(source, bytearray):
        return list(source._items)
    if isinstance(source, bytes):
        return list(source)
    if isinstance(source, str):
        raise TypeError("can't extend bytearray with str")
    return [_byte(x) for x in source]


def _as_bytes(x):
    return bytes(x._items) if isinstance(x, bytearray) else x


# bytes' methods whose bytes results come back as a bytearray.
_WRAPPED = ('capitalize', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'replace',
            'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill')
# Those whose results are lists or tuples of bytes.
_SPLITTING = ('split', 'rsplit', 'splitlines', 'partition', 'rpartition')
# Those that give what bytes' give.
_PLAIN = ('count', 'decode', 'endswith', 'find', 'hex', 'index', 'isalnum', 'isalpha',
          'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'rfind',
          'rindex', 'startswith')


class bytearray:
    __slots__ = ('_items',)
    __module__ = 'builtins'

    def __init__(self, source=None, encoding=None, errors='strict'):
        if source is None:
            if encoding is not None:
                raise TypeError('encoding without a string argument')
            items = []
        elif isinstance(source, str):
            if encoding is None:
                raise TypeError('string argument without an encoding')
            items = list(source.encode(encoding, errors))
        elif encoding is not None:
            raise TypeError('encoding without a string argument')
        elif isinstance(source, int):
            if source < 0:
                raise ValueError('negative count')
            items = [0] * source
        else:
            items = _items(source)
        object.__setattr__(self, '_items', items)

    @classmethod
    def fromhex(cls, text):
        return cls(bytes.fromhex(text))

    def __repr__(self):
        return f'{type(self).__name__}({bytes(self._items)!r})'

    __str__ = __repr__

    def __bytes__(self):
        return bytes(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        if isinstance(x, int):
            return _byte(x) in self._items
        return _as_bytes(x) in bytes(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return bytearray(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('bytearray index out of range') from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if isinstance(value, int):
                raise TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            self._items[i] = _items(value)
        else:
            try:
                self._items[i] = _byte(value)
            except IndexError:
                raise IndexError('bytearray index out of range') from None

    def __delitem__(self, i):
        del self._items[i]

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) == _as_bytes(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) != _as_bytes(other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) < _as_bytes(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) <= _as_bytes(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) > _as_bytes(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, (bytes, bytearray)):
            return bytes(self._items) >= _as_bytes(other)
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, (bytes, bytearray)):
            return NotImplemented
        return bytearray(self._items + list(_as_bytes(other)))

    def __radd__(self, other):
        if not isinstance(other, bytes):
            return NotImplemented
        return other + bytes(self._items)

    def __iadd__(self, other):
        if not isinstance(other, (bytes, bytearray)):
            raise TypeError(f"can't concat {type(other).__name__} to bytearray")
        self._items.extend(_as_bytes(other))
        return self

    def __mul__(self, n):
        return bytearray(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __mod__(self, args):
        return bytearray(bytes(self._items) % args)

    def append(self, x):
        self._items.append(_byte(x))

    def extend(self, iterable):
        self._items.extend(_items(iterable))

    def insert(self, i, x):
        self._items.insert(i, _byte(x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty bytearray')
        return self._items.pop(i)

    def remove(self, x):
        try:
            self._items.remove(_byte(x))
        except ValueError:
            raise ValueError('value not found in bytearray') from None

    def clear(self):
        self._items.clear()

    def copy(self):
        return bytearray(self._items)

    def reverse(self):
        self._items.reverse()

    def join(self, parts):
        return bytearray(bytes(self._items).join(_as_bytes(p) for p in parts))

    def __getattr__(self, name):
        method = getattr(bytes(self._items), name)
        if name in _WRAPPED:
            return lambda *args: bytearray(method(*[_as_bytes(a) for a in args]))
        if name in _SPLITTING:
            def split(*args, **kwargs):
                parts = method(*[_as_bytes(a) for a in args], **kwargs)
                kind = tuple if name.endswith('partition') else list
                return kind(bytearray(p) for p in parts)
            return split
        if name in _PLAIN:
            return lambda *args, **kwargs: method(*[_as_bytes(a) for a in args], **kwargs)
        raise AttributeError(f"'bytearray' object has no attribute '{name}'")

    def __reduce_ex__(self, protocol):
        return bytearray, (bytes(self._items),)

