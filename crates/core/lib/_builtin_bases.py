# What a class deriving from dict, list, str, tuple, int, float, bytes, set
# or frozenset stands on. The class statement puts the matching class below
# before the built-in type in the new class's bases: its instances keep a
# real value of the built-in type in `_builtin_value`, the built-in type's
# own methods (get, append, upper...) run on that value, and the operators
# below forward to it, so that a subclass behaves as CPython's and
# isinstance(x, dict) holds.

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

    def __eq__(self, other):
        return self._builtin_value == _plain(other)

    def __ne__(self, other):
        return self._builtin_value != _plain(other)

    def __repr__(self):
        return repr(self._builtin_value)

    def __class_getitem__(cls, item):
        return cls


class _Container(_Value):
    # Items, for dict, list, str and tuple.
    __slots__ = ()

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


class _Sequence(_Container):
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


class _dict(_Container):
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
    # str, bytes and tuple: made whole by __new__, hashed and added by value.
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', cls._kind(*[_plain(a) for a in args], **kwargs))
        return self

    def __init__(self, *args, **kwargs):
        pass

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


class _Number(_Value):
    # int and float: every operator gives a plain number, as CPython's do.
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', cls._kind(*[_plain(a) for a in args], **kwargs))
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __hash__(self):
        return hash(self._builtin_value)

    def __format__(self, spec):
        # Without a spec, str(): a subclass's own __repr__ (as CPython's).
        return format(self._builtin_value, spec) if spec else str(self)

    def __bool__(self):
        return bool(self._builtin_value)

    def __int__(self):
        return int(self._builtin_value)

    def __float__(self):
        return float(self._builtin_value)

    def __round__(self, *ndigits):
        return round(self._builtin_value, *ndigits)

    def __getnewargs__(self):
        return (self._builtin_value,)

    def __reduce_ex__(self, protocol):
        return _new, (type(self), self._builtin_value), _state(self)

    def __getattr__(self, name):
        # real, imag, numerator, is_integer, bit_length...: the number's.
        if not name.startswith('__'):
            try:
                return getattr(self._builtin_value, name)
            except AttributeError:
                pass
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


# The operators of numbers, by dunder name (without underscores).
_BINARY = {
    'lt': lambda a, b: a < b, 'le': lambda a, b: a <= b,
    'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b,
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b, 'pow': lambda a, b: a ** b, 'divmod': divmod,
    'lshift': lambda a, b: a << b, 'rshift': lambda a, b: a >> b,
    'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
}
_UNARY = {
    'neg': lambda a: -a, 'pos': lambda a: +a, 'abs': abs, 'invert': lambda a: ~a,
    'index': int, 'trunc': int, 'floor': lambda a: int(a // 1), 'ceil': lambda a: -int(-a // 1),
}


def _forward(name, operands=(int, float)):
    # The dunder `name` ('radd': the reflected one) over the value, with
    # another operand of the kinds `operands`.
    if name in _UNARY:
        op = _UNARY[name]

        def unary(self):
            return op(self._builtin_value)
        unary.__name__ = f'__{name}__'
        return unary
    reflected = name.startswith('r') and name[1:] in _BINARY and name not in _BINARY
    op = _BINARY[name[1:] if reflected else name]

    def binary(self, other):
        other = _plain(other)
        if not isinstance(other, operands):
            return NotImplemented
        a = self._builtin_value
        return op(other, a) if reflected else op(a, other)
    binary.__name__ = f'__{name}__'
    return binary


for _name in ('lt', 'le', 'gt', 'ge', 'add', 'sub', 'mul', 'truediv', 'floordiv', 'mod',
              'pow', 'divmod', 'radd', 'rsub', 'rmul', 'rtruediv', 'rfloordiv', 'rmod',
              'rpow', 'rdivmod', 'neg', 'pos', 'abs', 'trunc', 'floor', 'ceil'):
    setattr(_Number, f'__{_name}__', _forward(_name))


class _float(_Number):
    __slots__ = ()
    _kind = float


class _int(_Number):
    __slots__ = ()
    _kind = int


for _name in ('index', 'invert', 'lshift', 'rshift', 'and', 'or', 'xor', 'rlshift',
              'rrshift', 'rand', 'ror', 'rxor'):
    setattr(_int, f'__{_name}__', _forward(_name))


class _bytes(_Immutable):
    __slots__ = ()
    _kind = bytes

    def __bytes__(self):
        return self._builtin_value

    def __mod__(self, args):
        return self._builtin_value % args


class _AnySet(_Container):
    # set and frozenset: the operators give a plain set or frozenset (as
    # CPython's), the repr names the subclass.
    __slots__ = ()

    def __new__(cls, iterable=(), /, *args, **kwargs):
        # A set is filled by __init__, a frozenset made whole here.
        self = object.__new__(cls)
        value = frozenset(_plain(iterable)) if cls._kind is frozenset else set()
        object.__setattr__(self, '_builtin_value', value)
        return self

    def __repr__(self):
        items = self._builtin_value
        return f'{type(self).__name__}({repr(set(items))})' if items else f'{type(self).__name__}()'

    def __getnewargs__(self):
        return (self._kind(self._builtin_value),)


for _name in ('or', 'and', 'sub', 'xor', 'lt', 'le', 'gt', 'ge', 'ror', 'rand', 'rsub', 'rxor'):
    setattr(_AnySet, f'__{_name}__', _forward(_name, (set, frozenset)))


class _set(_AnySet):
    __slots__ = ()
    _kind = set

    def __init__(self, iterable=(), /):
        items = self._builtin_value
        items.clear()
        items.update(_plain(iterable))

    __hash__ = None

    def __ior__(self, other):
        self._builtin_value |= _plain(other)
        return self

    def __iand__(self, other):
        self._builtin_value &= _plain(other)
        return self

    def __isub__(self, other):
        self._builtin_value -= _plain(other)
        return self

    def __ixor__(self, other):
        self._builtin_value ^= _plain(other)
        return self

    def __reduce_ex__(self, protocol):
        return type(self), (list(self._builtin_value),), _state(self)


class _frozenset(_AnySet):
    __slots__ = ()
    _kind = frozenset

    def __init__(self, *args, **kwargs):
        pass

    def __hash__(self):
        return hash(self._builtin_value)

    def __reduce_ex__(self, protocol):
        return type(self), (list(self._builtin_value),), _state(self)
