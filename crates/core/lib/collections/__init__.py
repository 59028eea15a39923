# collections: deque, defaultdict, Counter, OrderedDict, namedtuple,
# ChainMap, UserDict/UserList. defaultdict, Counter and OrderedDict are
# dicts, the namedtuple classes tuples (lib/_builtin_bases.py).
import sys as _sys
from keyword import iskeyword as _iskeyword
from _collections import _count_elements

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_sentinel = object()


def _index(n):
    if isinstance(n, bool) or not isinstance(n, int):
        if hasattr(n, '__index__'):
            return n.__index__()
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return n


################################################################################
# deque
################################################################################

class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        object.__setattr__(self, '_maxlen', maxlen)
        object.__setattr__(self, '_items', [])
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __reduce__(self):
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, None, iter(self._items)

    def _trim_right(self):
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[:len(self._items) - m]

    def append(self, x):
        self._items.append(x)
        self._trim_right()

    def appendleft(self, x):
        self._items.insert(0, x)
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[m:]

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=_sentinel):
        n = len(self._items)
        if stop is _sentinel:
            stop = n
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        n = _index(n)
        items = self._items
        if len(items) > 1:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def _pos(self, i):
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._pos(i)]

    def __setitem__(self, i, value):
        self._items[self._pos(i)] = value

    def __delitem__(self, i):
        del self._items[self._pos(i)]

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def _cmp_check(self, other, op):
        if not isinstance(other, deque):
            raise TypeError(f"'{op}' not supported between instances of "
                            f"'collections.deque' and '{type(other).__name__}'")

    def __lt__(self, other):
        self._cmp_check(other, '<')
        return self._items < other._items

    def __le__(self, other):
        self._cmp_check(other, '<=')
        return self._items <= other._items

    def __gt__(self, other):
        self._cmp_check(other, '>')
        return self._items > other._items

    def __ge__(self, other):
        self._cmp_check(other, '>=')
        return self._items >= other._items

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return deque(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self._items.clear()
        self.extend(items)
        return self

    def __class_getitem__(cls, item):
        return cls


deque.__module__ = 'collections'


################################################################################
# The dict-like classes
################################################################################

class _Mapping:
    # The mapping interface over self._data (a dict).

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, '_data', {})
        if len(args) > 1:
            raise TypeError(f"{type(self).__name__} expected at most 1 argument, got {len(args)}")
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if args:
            other = args[0]
            if isinstance(other, _Mapping):
                other = other._data
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for item in other:
                    k, v = item
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            pass
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if default:
            return self._data.pop(key, default[0])
        return self._data.pop(key)

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        return self._data.popitem()

    def setdefault(self, key, default=None):
        if key in self._data:
            return self._data[key]
        self[key] = default
        return default

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def _new_like(self):
        return type(self)()

    def copy(self):
        c = self._new_like()
        c._data.update(self._data)
        return c

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, (dict, _Mapping)):
            return NotImplemented
        c = self.copy()
        c.update(other)
        return c

    def __ror__(self, other):
        if not isinstance(other, (dict, _Mapping)):
            return NotImplemented
        c = self._new_like()
        c.update(other)
        c.update(self)
        return c

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return cls


class _DictLike(_Mapping, dict):
    # defaultdict, OrderedDict and Counter are dicts: their items are the
    # dict's own (`_builtin_value`, see lib/_builtin_bases.py).
    _data = property(lambda self: self._builtin_value)

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{type(self).__name__} expected at most 1 argument, got {len(args)}")
        self.update(*args, **kwargs)


class defaultdict(_DictLike):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        object.__setattr__(self, 'default_factory', default_factory)
        _DictLike.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def _new_like(self):
        return type(self)(self.default_factory)

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __repr__(self):
        f = self.default_factory
        fr = 'None' if f is None else repr(f)
        return f"{type(self).__name__}({fr}, {self._data!r})"


defaultdict.__module__ = 'collections'


class _ODictView:
    def __init__(self, kind, view):
        self._kind = kind
        self._view = view

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(list(self._view))

    def __len__(self):
        return len(self._view)

    def __contains__(self, x):
        return x in self._view

    def __eq__(self, other):
        if isinstance(other, _ODictView):
            other = other._view
        return self._view == other

    def __repr__(self):
        return f'{self._kind}({list(self._view)!r})'


class OrderedDict(_DictLike):
    def __reduce__(self):
        state = dict(getattr(self, '__dict__', {})) or None
        return type(self), (), state, None, iter(self.items())

    def keys(self):
        return _ODictView('odict_keys', self._data.keys())

    def values(self):
        return _ODictView('odict_values', self._data.values())

    def items(self):
        return _ODictView('odict_items', self._data.items())

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = list(self._data.items())
            self._data.clear()
            self._data[key] = value
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictLike.__eq__(self, other)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __repr__(self):
        if not self._data:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self._data.items())!r})"


class Counter(_DictLike):
    def __reduce__(self):
        return type(self), (dict(self),)

    def __init__(self, iterable=None, /, **kwds):
        object.__setattr__(self, '_data', {})
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                iterable = iterable._data
            if hasattr(iterable, 'keys'):
                data = self._data
                for elem in iterable.keys():
                    data[elem] = data.get(elem, 0) + iterable[elem]
            else:
                _count_elements(self._data, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            data = self._data
            if isinstance(iterable, _Mapping):
                iterable = iterable._data
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    data[elem] = data.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        c = type(self)()
        c._data.update(self._data)
        return c

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return f'{type(self).__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = self._data
        return f'{type(self).__name__}({d!r})'

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for c in (self, other) for e in c)
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        if isinstance(other, dict):
            return self._data != other
        return NotImplemented

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap(_Mapping):
    def __init__(self, *maps):
        object.__setattr__(self, 'maps', list(maps) or [{}])

    @property
    def _data(self):
        return self.maps[0]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def _merged(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return d

    def __iter__(self):
        return iter(self._merged())

    def keys(self):
        return self._merged().keys()

    def items(self):
        return [(k, self[k]) for k in self._merged()]

    def values(self):
        return [self[k] for k in self._merged()]

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, (dict, _Mapping)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class UserDict(_Mapping):
    @property
    def data(self):
        return self._data

    def __repr__(self):
        return repr(self._data)


class UserList:
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data[:] = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __contains__(self, item):
        return item in self.data

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def __lt__(self, other):
        return self.data < (other.data if isinstance(other, UserList) else other)

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        return type(self)(self.data + list(other))

    def __iadd__(self, other):
        self.data.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.data)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other)


class UserString:
    def __init__(self, seq):
        self.data = str(seq)

    def __str__(self):
        return self.data

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserString) else other)

    def __getattr__(self, name):
        if not name.startswith('_'):
            try:
                return getattr(self.data, name)
            except AttributeError:
                pass
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


################################################################################
# namedtuple
################################################################################

class _TupleLike(tuple):
    # The values are the tuple's own (`_builtin_value`, see
    # lib/_builtin_bases.py, which also gives the tuple's operators).
    __slots__ = ()

    @property
    def _tuple(self):
        return self._builtin_value

    def index(self, x, *args):
        try:
            return self._tuple.index(x, *args)
        except ValueError:
            raise ValueError('tuple.index(x): x not in tuple') from None


def _as_tuple(v):
    if isinstance(v, _TupleLike):
        return v._tuple
    return v


class _NamedTuple(_TupleLike):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        n = len(fields)
        where = f'{cls.__name__}.__new__()'
        if len(args) > n:
            raise TypeError(f'{where} takes {n + 1} positional arguments but '
                            f'{len(args) + 1} were given')
        values = list(args)
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{where} got an unexpected keyword argument '{name}'")
            if fields.index(name) < len(args):
                raise TypeError(f"{where} got multiple values for argument '{name}'")
        missing = []
        defaults = cls._field_defaults
        for i in range(len(args), n):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in defaults:
                values.append(defaults[name])
            else:
                missing.append(name)
        if missing:
            quoted = [repr(m) for m in missing]
            if len(quoted) == 1:
                listed = quoted[0]
            elif len(quoted) == 2:
                listed = f'{quoted[0]} and {quoted[1]}'
            else:
                listed = ', '.join(quoted[:-1]) + f', and {quoted[-1]}'
            s = '' if len(missing) == 1 else 's'
            raise TypeError(f'{where} missing {len(missing)} required positional '
                            f'argument{s}: {listed}')
        return cls._from_values(tuple(values))

    @classmethod
    def _from_values(cls, values):
        self = object.__new__(cls)
        object.__setattr__(self, '_builtin_value', values)
        for name, value in zip(cls._fields, values):
            object.__setattr__(self, name, value)
        return self

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        if name in self._fields:
            raise AttributeError("can't delete attribute")
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
        return cls._from_values(values)

    def _replace(self, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(self._fields, self._tuple)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)._from_values(tuple(values))

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self._tuple))
        return f'{type(self).__name__}({parts})'

    def __getnewargs__(self):
        return self._tuple

    def __reduce_ex__(self, protocol):
        # As CPython's: made again by __new__ from the values, no state.
        from _builtin_bases import _new
        return _new, (type(self),) + self._tuple


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    if module is None:
        module = '__main__'
    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__match_args__': tuple(field_names),
        '__module__': module,
        '__qualname__': typename,
    }
    return type(typename, (_NamedTuple,), namespace)
