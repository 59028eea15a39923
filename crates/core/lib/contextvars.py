# contextvars: ContextVar, Token, Context, copy_context. The current mapping
# lives in the interpreter: each asyncio task has its own, taken from its
# creator when the task is created (a task runs in a copy of the context).
# Mappings are never changed in place: set() makes a new one.

import sys

_get = sys._context_get
_set = sys._context_set


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


def _data():
    d = _get()
    return {} if d is None else d


class Token:
    MISSING = _MISSING

    def __init__(self, var, old_value):
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        d = _data()
        if self in d:
            return d[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        d = dict(_data())
        old = d.get(self, _MISSING)
        d[self] = value
        _set(d)
        return Token(self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got '%s'" % type(token).__name__)
        if token._used:
            raise RuntimeError('%r has already been used once' % token)
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % token)
        d = dict(_data())
        if token._old_value is _MISSING:
            d.pop(self, None)
        else:
            d[self] = token._old_value
        _set(d)
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __hash__(self):
        return id(self) >> 4

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class Context:
    def __init__(self, _data_=None):
        self._data = {} if _data_ is None else _data_
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % self)
        saved = _get()
        self._entered = True
        _set(self._data)
        try:
            return callable(*args, **kwargs)
        finally:
            self._data = _data()
            _set(saved)
            self._entered = False

    def copy(self):
        return Context(self._data)

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def __repr__(self):
        return '<_contextvars.Context object at 0x%x>' % id(self)


def copy_context():
    return Context(_data())
