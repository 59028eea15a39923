# unittest.mock: Mock, MagicMock, AsyncMock, call, patch and friends, with
# CPython 3.11's reprs and assertion messages.
#
# Interpreter notes that shape this file:
# - `obj.__dict__` is a snapshot and `object.__setattr__` skips properties,
#   so mock state lives in plain instance attributes written with
#   object.__setattr__, and `return_value` is served by __getattr__.
# - an implicit dunder lookup calls a non-function class attribute with the
#   instance as first argument instead of going through `__get__`, so the
#   magic-method proxies accept both ways.
# - `call` cannot subclass tuple: _Call wraps one and compares like one.
import asyncio
import inspect
import io
import pprint
from functools import wraps
from pkgutil import resolve_name

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

FILTER_DIR = True
_setattr = object.__setattr__


class InvalidSpecError(Exception):
    pass


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj) if hasattr(object, '__repr__') else '<?>'


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_magic(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _iscoroutinefunction(obj):
    # mocks answer here: inspect's partial-unwrapping would chase their
    # endless .func children
    if _is_instance_mock(obj):
        return isinstance(obj, AsyncMockMixin)
    try:
        return inspect.iscoroutinefunction(obj)
    except Exception:
        return False


def _is_async_obj(obj):
    if _is_instance_mock(obj):
        return isinstance(obj, AsyncMockMixin)
    obj = getattr(obj, '__func__', obj)
    if _iscoroutinefunction(obj):
        return True
    isawaitable = getattr(inspect, 'isawaitable', None)
    return bool(isawaitable and isawaitable(obj))


def _try_iter(obj):
    if obj is None or _is_exception(obj) or callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    # (name, args, kwargs) from any of the tuple shapes a call compares with
    name, args, kwargs = '', (), {}
    n = len(value)
    if n == 3:
        name, args, kwargs = value
    elif n == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif n == 1:
        only = value[0]
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call:
    # A call record: (args, kwargs) or (name, args, kwargs), tuple-like.
    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        if isinstance(value, _Call):
            value = value._mock_value
        cname, args, kwargs = _split_call(value)
        _setattr(self, '_mock_value',
                 (args, kwargs) if two else (cname, args, kwargs))
        _setattr(self, '_mock_name', name)
        _setattr(self, '_mock_parent', parent)
        _setattr(self, '_mock_from_kall', from_kall)

    def __len__(self):
        return len(self._mock_value)

    def __iter__(self):
        return iter(self._mock_value)

    def __getitem__(self, index):
        return self._mock_value[index]

    def __bool__(self):
        return True

    def __eq__(self, other):
        if isinstance(other, _Call):
            other_value = other._mock_value
        elif isinstance(other, tuple):
            other_value = other
        else:
            try:
                len(other)
            except TypeError:
                return NotImplemented
            if not isinstance(other, (list, _CallList)):
                return False
            other_value = tuple(other)
        if len(other_value) > 3:
            return False
        if len(self._mock_value) == 2:
            self_name = ''
            self_args, self_kwargs = self._mock_value
        else:
            self_name, self_args, self_kwargs = self._mock_value
        mine, theirs = self._mock_parent, getattr(other, '_mock_parent', None)
        if mine is not None and theirs is not None and mine != theirs:
            return False
        other_name, other_args, other_kwargs = _split_call(other_value)
        if self_name and other_name != self_name:
            return False
        # other first: lets ANY on either side match
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or attr.startswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    @property
    def args(self):
        return self._mock_value[-2]

    @property
    def kwargs(self):
        return self._mock_value[-1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self._mock_value) == 2:
            name = 'call'
            args, kwargs = self._mock_value
        else:
            name, args, kwargs = self._mock_value
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.' + name
            else:
                name = 'call' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList:
    # A list of calls; `[c1, c2] in calls` finds a contiguous run.
    def __init__(self, items=()):
        self._items = list(items)

    def append(self, item):
        self._items.append(item)

    def extend(self, items):
        self._items.extend(items)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def index(self, value):
        return self._items.index(value)

    def count(self, value):
        return self._items.count(value)

    def __eq__(self, other):
        if isinstance(other, _CallList):
            return self._items == other._items
        if isinstance(other, (list, tuple)):
            return self._items == list(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __add__(self, other):
        return self._items + list(other)

    def __radd__(self, other):
        return list(other) + self._items

    def __contains__(self, value):
        if not isinstance(value, (list, _CallList)):
            return value in self._items
        value = list(value)
        n = len(value)
        for i in range(len(self._items) - n + 1):
            if self._items[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(self._items)


def _any_contains(calls, item):
    # expected element on the left so that ANY inside `item` is consulted
    for kall in calls:
        if len(item) == len(kall) and all(e == a for e, a in zip(item, kall)):
            return True
    return False


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    walk = parent
    while walk is not None:
        if walk is value:  # no loops
            return False
        walk = walk._mock_new_parent
    if new_name:
        _setattr(value, '_mock_new_parent', parent)
        _setattr(value, '_mock_new_name', new_name)
    if name:
        _setattr(value, '_mock_parent', parent)
        _setattr(value, '_mock_name', name)
    return True


def _instance_callable(obj):
    # would instances of this class (or this object) be callable?
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any('__call__' in vars(base) for base in obj.__mro__ if base is not object)


def _signature_of(spec):
    try:
        if isinstance(spec, type) or inspect.isfunction(spec) or inspect.ismethod(spec):
            return inspect.signature(spec)
    except Exception:
        pass
    return None


# a data descriptor (property, PropertyMock) on the class takes the write
def _class_setter(klass, name):
    for base in klass.__mro__:
        found = vars(base).get(name, _missing)
        if found is not _missing:
            set_method = getattr(type(found), '__set__', None)
            if set_method is None:
                return None
            return lambda obj, value: set_method(found, obj, value)
    return None


class Base:
    def __init__(self, *args, **kwargs):
        pass


class NonCallableMock(Base):
    def __new__(cls, *args, **kw):
        # each mock gets its own class so magic methods can be set per mock
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec', args[0] if args else None))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__,
                                         '__module__': cls.__module__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False,
                 **kwargs):
        if _new_parent is None:
            _new_parent = parent
        _setattr(self, '_mock_parent', parent)
        _setattr(self, '_mock_name', name)
        _setattr(self, '_mock_new_name', _new_name)
        _setattr(self, '_mock_new_parent', _new_parent)
        _setattr(self, '_mock_sealed', False)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        _setattr(self, '_mock_children', {})
        _setattr(self, '_mock_wraps', wraps)
        _setattr(self, '_mock_unsafe', unsafe)
        if '_mock_return_value' not in self._mock_own():
            _setattr(self, '_mock_return_value', DEFAULT)
            _setattr(self, 'side_effect', None)
        self._mock_reset_calls()
        if isinstance(self, AsyncMockMixin):
            # here rather than in AsyncMockMixin.__init__: the interpreter
            # runs cls.__init__, not the per-mock class's, after __new__
            _setattr(self, '_is_coroutine', True)
            # what inspect.markcoroutinefunction writes, without spec_set checks
            mark = getattr(inspect, '_is_coroutine_mark', None)
            if mark is not None:
                _setattr(self, '_is_coroutine_marker', mark)
            self._mock_reset_awaits()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_own(self):
        # names written on the instance (a real dict would be __dict__)
        try:
            return vars(self)
        except TypeError:
            return {}

    def _mock_reset_calls(self):
        _setattr(self, 'called', False)
        _setattr(self, 'call_args', None)
        _setattr(self, 'call_count', 0)
        _setattr(self, 'call_args_list', _CallList())
        _setattr(self, 'mock_calls', _CallList())
        _setattr(self, 'method_calls', _CallList())

    def attach_mock(self, mock, attribute):
        _setattr(mock, '_mock_parent', None)
        _setattr(mock, '_mock_new_parent', None)
        _setattr(mock, '_mock_name', '')
        _setattr(mock, '_mock_new_name', None)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set):
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec a Mock object. [object={spec!r}]')
        spec_class = None
        signature = None
        asyncs = []
        if spec is not None and not _is_list(spec):
            for attr in dir(spec):
                if not _is_magic(attr) and _iscoroutinefunction(getattr(spec, attr, None)):
                    asyncs.append(attr)
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_of(spec)
            spec = dir(spec)
        elif spec is not None:
            spec = list(spec)
        _setattr(self, '_spec_class', spec_class)
        _setattr(self, '_spec_set', spec_set)
        _setattr(self, '_spec_signature', signature)
        _setattr(self, '_mock_methods', spec)
        _setattr(self, '_spec_asyncs', asyncs)

    def _mock_get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self._mock_reset_calls()
        if return_value:
            _setattr(self, '_mock_return_value', DEFAULT)
        if side_effect:
            _setattr(self, 'side_effect', None)
        for child in list(self._mock_children.values()):
            if child is not _deleted and _is_instance_mock(child):
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        # shallow names first so 'a.b' finds the child configured by 'a'
        for arg, val in sorted(kwargs.items(), key=lambda kv: kv[0].count('.')):
            path = arg.split('.')
            final = path.pop()
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set',
                                                 '_spec_signature', '_spec_asyncs'):
            raise AttributeError(name)
        if name == 'return_value':
            return self._mock_get_return_value()
        methods = self._mock_methods
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f'{name!r} is not a valid assertion. Use a spec '
                    f'for the mock if {name!r} is meant to be an attribute.')
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    def __setattr__(self, name, value):
        if name == 'return_value':
            _setattr(self, '_mock_return_value', value)
            _check_and_set_parent(self, value, None, '()')
            return
        if name == 'side_effect':
            _setattr(self, 'side_effect', _try_iter(value))
            return
        if name in _plain_attrs or name.startswith('_mock_'):
            _setattr(self, name, value)
            return
        methods = self._mock_methods
        if (self._spec_set and methods is not None and name not in methods
                and name not in self._mock_own()):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _check_and_set_parent(self, value, None, name)
                self._mock_children[name] = value
                if name not in _magic_set:
                    setattr(type(self), name, _MagicProxy(name))
                return
            # a plain function becomes the method on this mock's own class
            setattr(type(self), name, _get_method(name, value))
            original = value
            value = lambda *args, **kw: original(self, *args, **kw)
        elif name == '__class__':
            _setattr(self, '_spec_class', value)
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        setter = _class_setter(type(self), name)
        if setter is not None:
            # object.__setattr__ here skips data descriptors (PropertyMock)
            setter(self, value)
            return
        _setattr(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in vars(type(self)):
            delattr(type(self), name)
        obj = self._mock_children.get(name, _missing)
        if name in self._mock_own():
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = (' spec_set=%r' if self._spec_set else ' spec=%r') % (
                self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                      spec_string, id(self))

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _call_matcher(self, kall):
        # with a spec signature, compare calls as bound arguments
        sig = self._spec_signature
        if sig is None:
            return kall
        if len(kall) == 3:
            name, args, kwargs = tuple(kall)
            if name:
                return kall
        else:
            name = ''
            args, kwargs = tuple(kall)
        try:
            bound = sig.bind(*args, **kwargs)
            return _Call((name, tuple(bound.args), dict(bound.kwargs)))
        except TypeError as e:
            return e

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def _unmatched(self, calls, recorded, any_order):
        # For assert_has_calls/assert_has_awaits: the expected calls as the
        # mock matches them, the first error matching them, and what is
        # missing: None when all are in `recorded` (in order unless
        # any_order), else the calls not found and the recorded ones left.
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        left = _CallList(self._call_matcher(c) for c in recorded)
        if not any_order:
            return expected, cause, (None if expected in left else ((), ()))
        left = list(left)
        not_found = []
        for kall in expected:
            try:
                left.remove(kall)
            except ValueError:
                not_found.append(kall)
        return expected, cause, ((tuple(not_found), left) if not_found else None)

    def _processing_problem(self, expected, cause, what):
        if cause is None:
            return '%s not found.' % what.capitalize()
        return ('Error processing expected %s.\nErrors: {}' % what).format(
            [e if isinstance(e, Exception) else None for e in expected])

    def assert_has_calls(self, calls, any_order=False):
        expected, cause, missing = self._unmatched(calls, self.mock_calls, any_order)
        if missing is None:
            return
        if not any_order:
            raise AssertionError(
                f'{self._processing_problem(expected, cause, "calls")}\nExpected: {_CallList(calls)}'
                f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
        raise AssertionError(
            '%r does not contain all of %r in its call list, found %r instead'
            % (self._mock_name or 'mock', missing[0], missing[1])) from cause

    def assert_any_call(self, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or not _any_contains(actual, expected):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(
                args, kwargs)) from cause

    def _get_child_mock(self, **kw):
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        new_name = kw.get('_new_name')
        if new_name in self._spec_asyncs:
            return AsyncMock(**kw)
        klass_type = type(self)
        if issubclass(klass_type, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(klass_type, AsyncMockMixin):
            if (new_name in _all_sync_magics or
                    self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(klass_type, CallableMixin):
            klass = MagicMock if issubclass(klass_type, NonCallableMagicMock) else Mock
        else:
            klass = klass_type.__bases__[0]
        return klass(**kw)


# attributes stored as they are, never treated as children
_plain_attrs = {
    'called', 'call_args', 'call_count', 'call_args_list', 'mock_calls',
    'method_calls', 'await_count', 'await_args', 'await_args_list',
    '_spec_class', '_spec_set', '_spec_signature', '_spec_asyncs',
}


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        _setattr(self, '_mock_return_value', return_value)
        _setattr(self, 'side_effect', None)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect
        if return_value is not DEFAULT:
            _check_and_set_parent(self, return_value, None, '()')

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        _setattr(self, 'called', True)
        _setattr(self, 'call_count', self.call_count + 1)
        kall = _Call((args, kwargs), two=True)
        _setattr(self, 'call_args', kall)
        self.call_args_list.append(kall)
        # walk up the parents recording method_calls and mock_calls
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns `return_value`, runs `side_effect`."""


# ---- magic methods ----

_magic_names = (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str '
    'enter exit divmod rdivmod neg pos abs invert int float index round trunc '
    'floor ceil bool next fspath aiter')
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'
_magics = {'__%s__' % n for n in (
    _magic_names.split() + _numerics.split()
    + ['i' + n for n in _numerics.split()] + ['r' + n for n in _numerics.split()])}
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__', '__repr__', '__dir__',
    '__subclasses__', '__format__', '__getnewargs_ex__', '__sizeof__',
    '__complex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_method_magics | {'__aiter__'}
_unsupported_magics = {'__getattr__', '__setattr__', '__init__', '__new__',
                       '__prepare__', '__instancecheck__', '__subclasscheck__',
                       '__del__'}
# the magics a MagicMock answers by default
_magic_set = _magics | _async_method_magics

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}
_calculate_return_value = {
    '__hash__': lambda self: hash(id(self)),
    '__str__': lambda self: NonCallableMock.__repr__(self),
    '__fspath__': lambda self: f'{type(self).__name__}/{self._extract_mock_name()}/{id(self)}',
}


def _get_eq(self):
    def __eq__(other):
        ret = self.__eq__._mock_return_value
        if ret is not DEFAULT:
            return ret
        return True if self is other else NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if self is other else NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret = self.__iter__._mock_return_value
        return iter([]) if ret is DEFAULT else iter(ret)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret = self.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if ret is DEFAULT else iter(ret))
    return __aiter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne,
                        '__iter__': _get_iter, '__aiter__': _get_async_iter}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    effect = _side_effect_methods.get(name)
    if effect is not None:
        method.side_effect = effect(mock)


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


def _magic_child(mock, name):
    # the child mock behind a magic method, made on first use
    child = mock._mock_children.get(name)
    if child is not None and child is not _deleted:
        return child
    methods = mock._mock_methods
    if methods is not None and name not in methods:
        raise AttributeError('Mock object has no attribute %r' % name)
    child = mock._get_child_mock(name=name, _new_name=name, _new_parent=mock)
    mock._mock_children[name] = child
    _set_return_value(mock, child, name)
    return child


class _MagicProxy:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return _magic_child(obj, self.name)

    def __call__(self, obj, *args, **kwargs):
        # our implicit dunder calls come here with the instance first
        return _magic_child(obj, self.name)(*args, **kwargs)


class MagicMixin(Base):
    """Answers the magic methods with child mocks."""


for _name in _magic_set:
    setattr(MagicMixin, _name, _MagicProxy(_name))
del _name


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with default implementations of the magic methods."""


class AsyncMockMixin(Base):
    def _mock_reset_awaits(self):
        _setattr(self, 'await_count', 0)
        _setattr(self, 'await_args', None)
        _setattr(self, 'await_args_list', _CallList())

    async def _execute_mock_call(self, *args, **kwargs):
        kall = _Call((args, kwargs), two=True)
        _setattr(self, 'await_count', self.await_count + 1)
        _setattr(self, 'await_args', kall)
        self.await_args_list.append(kall)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # a StopIteration cannot leave a coroutine (PEP 479)
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self._mock_reset_awaits()

    def _awaited_name(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f'Expected {self._awaited_name()} to have been awaited.')

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._awaited_name()} to have been awaited once.'
                                 f' Awaited {self.await_count} times.')

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError(f'Expected {self._awaited_name()} to have been awaited once.'
                                 f' Awaited {self.await_count} times.')
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or not _any_contains(actual, expected):
            raise AssertionError('%s await not found' % self._format_mock_call_signature(
                args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        expected, cause, missing = self._unmatched(calls, self.await_args_list, any_order)
        if missing is None:
            return
        if not any_order:
            raise AssertionError(f'{self._processing_problem(expected, cause, "awaits")}\n'
                                 f'Expected: {_CallList(calls)}\n'
                                 f'Actual: {self.await_args_list}') from cause
        raise AssertionError('%r not all found in await list' % (missing[0],)) from cause

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f'Expected {self._awaited_name()} to not have been awaited.'
                                 f' Awaited {self.await_count} times.')


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines (awaiting runs side_effect)."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading calls it, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    # no more children get created: new attributes raise AttributeError
    _setattr(mock, '_mock_sealed', True)
    for name, child in list(mock._mock_children.items()):
        if _is_instance_mock(child) and child._mock_new_parent is mock:
            seal(child)
    ret = mock._mock_return_value
    if _is_instance_mock(ret) and ret._mock_new_parent is mock:
        seal(ret)


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    # spec-based: attribute names and the call signature are checked,
    # children of a class are not autospecced in turn
    if _is_list(spec):
        spec = type(spec)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_type = isinstance(spec, type)
    _kwargs = {'spec_set': spec} if spec_set else ({'spec': spec} if spec is not None else {})
    _kwargs.update(kwargs)
    klass = MagicMock
    if _is_async_obj(spec) and not is_type:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec '
                               'is mocking an async function')
        klass = AsyncMock
    elif not callable(spec) or (is_type and instance and not _instance_callable(spec)):
        klass = NonCallableMagicMock
    name = _kwargs.pop('name', _name)
    mock = klass(parent=_parent, _new_parent=_parent,
                 _new_name=name if _parent is not None else '', name=name, **_kwargs)
    sig = None if instance else _signature_of(spec)
    if sig is not None:
        def check(*args, **kw):
            sig.bind(*args, **kw)
        _setattr(mock, '_mock_check_sig', check)
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)
    return mock


# ---- mock_open ----

_file_spec = [
    '__enter__', '__exit__', '__iter__', '__next__', 'close', 'closed',
    'detach', 'encoding', 'errors', 'fileno', 'flush', 'getvalue', 'isatty',
    'line_buffering', 'mode', 'name', 'newlines', 'read', 'read1', 'readable',
    'readinto', 'readline', 'readlines', 'reconfigure', 'seek', 'seekable',
    'tell', 'truncate', 'writable', 'write', 'writelines', 'buffer',
]


def _to_stream(read_data):
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    state = [_to_stream(read_data), None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    state[1] = _readline_side_effect()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        # every open() starts reading from the beginning again
        state[0] = _to_stream(read_data)
        if handle.readline.side_effect is state[1]:
            state[1] = _readline_side_effect()
            handle.readline.side_effect = state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# ---- patch ----

def _check_spec_arg_typos(kwargs):
    for typo in ('autospect', 'auto_spec', 'set_spec'):
        if typo in kwargs:
            raise RuntimeError(f'{typo!r} might be a typo; use unsafe=True if this is intended')


def _is_builtin_name(target, name):
    try:
        builtins = __import__('builtins')
    except ImportError:
        return False
    return type(target).__name__ == 'module' and hasattr(builtins, name)


class _Started:
    # start()/stop(): a patch entered now and exited on stop() (or by
    # patch.stopall), for _patch and _patch_dict alike.
    _active_patches = []

    def start(self):
        result = self.__enter__()
        _Started._active_patches.append(self)
        return result

    def stop(self):
        try:
            _Started._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_Started):
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        return _decorate_callable(self, func)

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            own = vars(target)
        except (TypeError, AttributeError):
            own = None
        if own is not None and name in own:
            original, local = own[name], True
        else:
            original = getattr(target, name, DEFAULT)
            # a module's attributes are all its own
            local = own is None and original is not DEFAULT
        if name in ('open', 'print', 'input') or _is_builtin_name(target, name):
            if type(target).__name__ == 'module':
                self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set, spec = original, None
            elif spec is not None:
                if spec_set is True:
                    spec_set, spec = spec, None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            klass = AsyncMock if spec is None and _is_async_obj(original) else MagicMock
            _kwargs = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec_set if spec_set is not None else spec
                if _is_list(this_spec):
                    not_callable = '__call__' not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                # patching a class with a spec: its instances get the spec too
                this_spec = spec_set if spec_set is not None else spec
                if not _is_list(this_spec) and not _instance_callable(this_spec):
                    klass = NonCallableMagicMock
                _kwargs.pop('name')
                new.return_value = klass(_new_parent=new, _new_name='()', **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set),
                                  _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._entered = []
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = patching.__enter__()
                    self._entered.append(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        entered = self._entered
        del self.temp_original, self.is_local, self.target, self._entered
        for patching in reversed(entered):
            patching.__exit__(*exc_info)
        return False



def _decorate_class(patcher, klass):
    for attr in dir(klass):
        if not attr.startswith(patch.TEST_PREFIX):
            continue
        value = getattr(klass, attr)
        if not hasattr(value, '__call__'):
            continue
        copy = patcher.copy() if hasattr(patcher, 'copy') else patcher
        setattr(klass, attr, copy(value))
    return klass


def _enter_patchings(patchings, args, keywargs, entered):
    extra = []
    for patching in patchings:
        arg = patching.__enter__()
        entered.append(patching)
        if patching.attribute_name is not None:
            keywargs.update(arg)
        elif patching.new is DEFAULT:
            extra.append(arg)
    return args + tuple(extra)


def _exit_patchings(entered):
    # undo in reverse; the first error wins but every patch is undone
    error = None
    for patching in reversed(entered):
        try:
            patching.__exit__(None, None, None)
        except BaseException as e:
            if error is None:
                error = e
    if error is not None:
        raise error


def _decorate_callable(patcher, func):
    if hasattr(func, 'patchings'):
        # stacked decorators share one wrapper; inner ones come first
        func.patchings.append(patcher)
        return func
    if inspect.iscoroutinefunction(func):
        @wraps(func)
        async def patched(*args, **keywargs):
            entered = []
            try:
                args = _enter_patchings(patched.patchings, args, keywargs, entered)
                return await func(*args, **keywargs)
            finally:
                _exit_patchings(entered)
    else:
        @wraps(func)
        def patched(*args, **keywargs):
            entered = []
            try:
                args = _enter_patchings(patched.patchings, args, keywargs, entered)
                return func(*args, **keywargs)
            finally:
                _exit_patchings(entered)
    patched.patchings = [patcher]
    return patched


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: resolve_name(target)), attribute


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: resolve_name(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        extra = _patch(getter, attribute, new, spec, create, spec_set,
                       autospec, new_callable, {})
        extra.attribute_name = attribute
        patcher.additional_patchers.append(extra)
    return patcher


class _patch_dict(_Started):
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(value))
            return f
        if inspect.iscoroutinefunction(f):
            @wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            @wraps(f)
            def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = resolve_name(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False



def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    for active in reversed(_Started._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
