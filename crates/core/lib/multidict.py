# The parts of multidict that aiohttp's responses use: mappings whose keys
# match in any case and may repeat (a header sent twice), in the order given.
import _httputil


class CIMultiDict:
    __module__ = 'multidict._multidict'

    def __init__(self, data=(), **kwargs):
        self._items = []
        self.extend(data, **kwargs)

    def extend(self, data=(), **kwargs):
        pairs = data.items() if hasattr(data, 'items') else data
        for key, value in pairs:
            self._items.append((key, value))
        for key, value in kwargs.items():
            self._items.append((key, value))

    def add(self, key, value):
        self._items.append((key, value))

    def getall(self, key, *default):
        k = key.lower()
        found = [v for n, v in self._items if n.lower() == k]
        if found:
            return found
        if default:
            return default[0]
        raise KeyError(key)

    def getone(self, key, *default):
        k = key.lower()
        for n, v in self._items:
            if n.lower() == k:
                return v
        if default:
            return default[0]
        raise KeyError(key)

    def __getitem__(self, key):
        return self.getone(key)

    def get(self, key, default=None):
        return self.getone(key, default)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        k = key.lower()
        for n, v in self._items:
            if n.lower() == k:
                return True
        return False

    def _keys(self):
        keys, seen = [], set()
        for n, v in self._items:
            if n.lower() not in seen:
                seen.add(n.lower())
                keys.append(n)
        return keys

    def __iter__(self):
        return iter(self._keys())

    def __len__(self):
        return len(self._items)

    def keys(self):
        keys = self._keys()
        return _httputil.View(keys, '<_KeysView(%s)>' % ', '.join(repr(k) for k in keys),
                              self.__contains__)

    def values(self):
        values = [v for n, v in self._items]
        return _httputil.View(values, '<_ValuesView(%s)>' % ', '.join(repr(v) for v in values))

    def items(self):
        return _httputil.View(list(self._items), '<_ItemsView(%s)>' % self._pairs())

    def _pairs(self):
        return ', '.join('%r: %r' % kv for kv in self._items)

    def __setitem__(self, key, value):
        k = key.lower()
        kept = []
        for n, v in self._items:
            if n.lower() != k:
                kept.append((n, v))
            elif value is not None:
                kept.append((key, value))
                value = None
        if value is not None:
            kept.append((key, value))
        self._items = kept

    def __delitem__(self, key):
        k = key.lower()
        kept = [(n, v) for n, v in self._items if n.lower() != k]
        if len(kept) == len(self._items):
            raise KeyError(key)
        self._items = kept

    def copy(self):
        return CIMultiDict(self._items)

    def __eq__(self, other):
        if isinstance(other, CIMultiDict):
            return ([(n.lower(), v) for n, v in self._items]
                    == [(n.lower(), v) for n, v in other._items])
        if not hasattr(other, 'items'):
            return NotImplemented
        missing = object()
        return len(self._items) == len(other) and all(
            self.getone(k, missing) == v for k, v in other.items())

    def __repr__(self):
        return '<%s(%s)>' % (type(self).__name__, self._pairs())


class CIMultiDictProxy(CIMultiDict):
    """A read-only view of a CIMultiDict (what aiohttp's `headers` are)."""
    __module__ = 'multidict._multidict'

    def __init__(self, md):
        if not isinstance(md, CIMultiDict):
            raise TypeError('ctor requires CIMultiDict or CIMultiDictProxy instance, not %s'
                            % type(md))
        self._md = md

    @property
    def _items(self):
        return self._md._items

    def copy(self):
        return CIMultiDict(self._items)

    def _read_only(self, *args):
        raise TypeError("'multidict._multidict.CIMultiDictProxy' object does not support "
                        "item assignment")

    __setitem__ = _read_only
    __delitem__ = _read_only
    add = _read_only
    extend = _read_only
