# What a class deriving from dict, list, str or tuple stands on. The class
# statement puts the matching class below before the built-in type in the
# new class's bases: its instances keep a real dict, list, str or tuple in
# `_builtin_value`, the built-in type's own methods (get, append, upper...)
# run on that value, and the operators below forward to it, so that a
# subclass behaves as CPython's and isinstance(x, dict) holds.

def _plain(x):
    # The built-in value of an instance of such a class, or x itself.
    return x._builtin_value if isinstance(x, _Value) else x


def _new(cls, *args):
    # A copy's or an unpickled object's start: __new__ alone, as copyreg's
    # __newobj__ (no __init__).
    return cls.__new__(cls, *args)


def _state(self):
    return getattr(self, '__dict__', None) or None


class _Value:
    # What every class here forwards to the built-in value.
    __slots__ = ('_builtin_value',)

    def __getitem__(self, i):
        return self._builtin_value[i]

    def __iter__(self):
        return iter(self._builtin_value)

    def __reversed__(self):
        return reversed(self._builtin_value)

    def __len__(self):
        return len(self._builtin_value)

    def __contains__(self, x):
        return x in self._builtin_value

    def __eq__(self, other):
        return self._builtin_value == _plain(other)

    def __ne__(self, other):
        return self._builtin_value != _plain(other)

    def __repr__(self):
        return repr(self._builtin_value)

    def __class_getitem__(cls, item):
        return cls


class _Sequence(_Value):
    # Ordering and repetition, for list, str and tuple.
    __slots__ = ()

    def __lt__(self, other):
        return self._builtin_value < _plain(other)

    def __le__(self, other):
        return self._builtin_value <= _plain(other)

    def __gt__(self, other):
        return self._builtin_value > _plain(other)

    def __ge__(self, other):
        return self._builtin_value >= _plain(other)

    def __mul__(self, n):
        return self._builtin_value * n

    __rmul__ = __mul__


class _dict(_Value):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', {})
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
        # dict's own update: a subclass's __setitem__ is not called (as CPython).
        self._builtin_value.update(*args, **kwargs)

    def __getitem__(self, key):
        d = self._builtin_value
        if key in d:
            return d[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, value):
        self._builtin_value[key] = value

    def __delitem__(self, key):
        del self._builtin_value[key]

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self._builtin_value)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._builtin_value)
        return new

    def __ior__(self, other):
        self._builtin_value.update(other)
        return self

    __hash__ = None

    def __reduce_ex__(self, protocol):
        return _new, (type(self),), _state(self), None, iter(self._builtin_value.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new[k] = value
        return new


class _list(_Sequence):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', [])
        return self

    def __init__(self, iterable=(), /):
        items = self._builtin_value
        items.clear()
        items.extend(_plain(iterable))

    def __setitem__(self, i, value):
        self._builtin_value[i] = _plain(value) if isinstance(i, slice) else value

    def __delitem__(self, i):
        del self._builtin_value[i]

    def __add__(self, other):
        return self._builtin_value + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._builtin_value

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        self._builtin_value *= n
        return self

    __hash__ = None

    def __reduce_ex__(self, protocol):
        return _new, (type(self),), _state(self), iter(self._builtin_value), None


class _Immutable(_Sequence):
    # str and tuple: made whole by __new__, hashed and added by value.
    __slots__ = ()

    def __hash__(self):
        return hash(self._builtin_value)

    def __add__(self, other):
        if not isinstance(other, self._kind):
            return NotImplemented
        return self._builtin_value + _plain(other)

    def __radd__(self, other):
        if not isinstance(other, self._kind):
            return NotImplemented
        return _plain(other) + self._builtin_value

    def __getnewargs__(self):
        return (self._builtin_value,)

    def __reduce_ex__(self, protocol):
        return _new, (type(self), self._builtin_value), _state(self)


class _str(_Immutable):
    __slots__ = ()
    _kind = str

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', str(*[_plain(a) for a in args], **kwargs))
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __str__(self):
        return self._builtin_value

    def __format__(self, spec):
        return format(self._builtin_value, spec)

    def __contains__(self, x):
        return _plain(x) in self._builtin_value

    def __mod__(self, args):
        return self._builtin_value % args

    def __int__(self):
        return int(self._builtin_value)

    def __float__(self):
        return float(self._builtin_value)


class _tuple(_Immutable):
    __slots__ = ()
    _kind = tuple

    def __new__(cls, iterable=(), /):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', tuple(_plain(iterable)))
        return self
