# weakref: references that do not keep their object alive, over the
# interpreter's table of weak slots (_weakref): ref (with callbacks),
# proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.
# Instances and functions can be referred to weakly; a callback runs when
# an instance dies, before the next instruction, as CPython runs it when it
# frees the object.

from _weakref import new as _new, get as _get, watch as _watch

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# A reference without a callback is shared, as CPython shares it: by the
# object's id, checked against the object itself (an id may be reused).
_plain_refs = {}


class ReferenceType:
    __slots__ = ('_slot', '_callback', '_hash', '__weakref__')
    __module__ = 'weakref'

    def __new__(cls, ob, callback=None):
        if callback is None and cls is ReferenceType:
            shared = _plain_refs.get(id(ob))
            if shared is not None and _get(shared._slot) is ob:
                return shared
        self = object.__new__(cls)
        object.__setattr__(self, '_slot', _new(ob))
        object.__setattr__(self, '_callback', callback)
        object.__setattr__(self, '_hash', None)
        if callback is None and cls is ReferenceType:
            _plain_refs[id(ob)] = self
        elif callback is not None:
            _watch(ob, callback, self)
        return self

    def __init__(self, ob, callback=None):
        pass

    def __call__(self):
        return _get(self._slot)

    @property
    def __callback__(self):
        return self._callback if _get(self._slot) is not None else None

    def __hash__(self):
        if self._hash is None:
            ob = _get(self._slot)
            if ob is None:
                raise TypeError('weak object has gone away')
            object.__setattr__(self, '_hash', hash(ob))
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __repr__(self):
        ob = self()
        if ob is None:
            return f'<weakref at {_address(self)}; dead>'
        name = getattr(ob, '__name__', None)
        named = f' ({name})' if isinstance(name, str) and not isinstance(ob, type) else ''
        return f"<weakref at {_address(self)}; to '{type(ob).__name__}' at {_address(ob)}{named}>"


ref = ReferenceType


def _address(ob):
    return '0x%x' % id(ob)


class KeyedRef(ReferenceType):
    # A reference that knows its key (WeakValueDictionary's entries).
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        object.__setattr__(self, 'key', key)
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    # A bound method held weakly: its object and function, made again.
    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ReferenceType.__new__(cls, obj, callback)
        object.__setattr__(self, '_func_ref', ref(func))
        object.__setattr__(self, '_meth_type', type(meth))
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj, func = ReferenceType.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class ProxyType:
    __slots__ = ('_ref',)
    __module__ = 'weakref'

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback))

    def _target(self):
        ob = self._ref()
        if ob is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return ob

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        ob = self._ref()
        if ob is None:
            return f'<weakproxy at {_address(self)}; dead>'
        return f'<weakproxy at {_address(self)} to {type(ob).__name__} at {_address(ob)}>'

    def __str__(self):
        return str(self._target())

    def __bool__(self):
        return bool(self._target())

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __contains__(self, item):
        return item in self._target()

    def __eq__(self, other):
        return self._target() == other

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)

    __hash__ = None


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(ob, callback=None):
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    shared = _plain_refs.get(id(ob))
    return 1 if shared is not None and shared() is ob else 0


def getweakrefs(ob):
    shared = _plain_refs.get(id(ob))
    return [shared] if shared is not None and shared() is ob else []


class WeakValueDictionary:
    # Values held weakly: an entry goes when its value dies.
    def __init__(self, other=(), /, **kw):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return f'<{type(self).__name__} at {_address(self)}>'

    def get(self, key, default=None):
        wr = self.data.get(key)
        o = wr() if wr is not None else None
        return default if o is None else o

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def copy(self):
        return type(self)(self.items())

    def clear(self):
        self.data.clear()


class _RefKeyed:
    # What WeakKeyDictionary and WeakSet share: `data` holds references
    # (a dict's keys, a set's elements) to the objects they stand for.
    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data


class WeakKeyDictionary(_RefKeyed):
    # Keys held weakly: an entry goes when its key dies.
    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __repr__(self):
        return f'<{type(self).__name__} at {_address(self)}>'

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, value

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        items = dict.items() if hasattr(dict, 'items') else (dict or ())
        for key, value in items:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return type(self)(dict(self.items()))


class WeakSet(_RefKeyed):
    # Elements held weakly: one goes when it dies.
    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)


class finalize:
    # Call func(*args, **kwargs) when obj dies, or at the first call; once.
    __slots__ = ('_info', '__weakref__')
    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        info = [ref(obj), func, args, kwargs or {}]
        object.__setattr__(self, '_info', info)
        _watch(obj, self)

    def __call__(self, _=None):
        info = self._info
        if info[1] is None:
            return None
        func, args, kwargs = info[1], info[2], info[3]
        info[1] = None
        return func(*args, **kwargs)

    def detach(self):
        info = self._info
        obj = info[0]()
        if obj is None or info[1] is None:
            return None
        result = (obj, info[1], info[2], info[3])
        info[1] = None
        return result

    def peek(self):
        info = self._info
        obj = info[0]()
        if obj is None or info[1] is None:
            return None
        return (obj, info[1], info[2], info[3])

    @property
    def alive(self):
        return self._info[1] is not None

    atexit = True

    def __repr__(self):
        obj = self._info[0]()
        if obj is None or self._info[1] is None:
            return f'<finalize object at {_address(self)}; dead>'
        return f"<finalize object at {_address(self)}; for '{type(obj).__name__}' at {_address(obj)}>"
