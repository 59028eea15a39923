# Type hints: the names tutorials import, with CPython's reprs
# (`typing.List[int]`, `typing.Optional[str]`), isinstance() where CPython
# allows it, and NamedTuple and TypedDict classes as in CPython.
import collections.abc as _abc

TYPE_CHECKING = False


def cast(typ, value):
    return value


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if callable(obj) and hasattr(obj, '__qualname__') and not hasattr(obj, '__origin__'):
        return obj.__qualname__
    return repr(obj)


class _Final:
    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError('Cannot subclass special typing classes')


class _SpecialForm:
    def __init__(self, name, args=()):
        self._special = name
        self._name = name
        self._args = args

    def __getitem__(self, item):
        return _SpecialForm(self._special, item if isinstance(item, tuple) else (item,))

    def __repr__(self):
        if not self._args:
            return 'typing.' + self._special
        if self._special == 'Literal':
            inner = ', '.join(repr(a) for a in self._args)
        else:
            inner = ', '.join(_type_repr(a) for a in self._args)
        return 'typing.%s[%s]' % (self._special, inner)

    def __eq__(self, other):
        return (isinstance(other, _SpecialForm) and other._special == self._special
                and other._args == self._args)

    def __hash__(self):
        return hash((self._special, self._args))

    def __call__(self, *args, **kwds):
        if self._special == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % self)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')


def _none_type(params):
    return tuple(type(None) if p is None else p for p in params)


class _GenericAlias:
    """`List[int]`, `Box[T]`: a generic with its arguments."""

    def __init__(self, origin, args, name=None, params=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        # As written (Callable's argument list stays a list in the repr).
        self._params = args if params is None else params

    def __repr__(self):
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = 'typing.' + self._name
        if self._params == ():
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self._params))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwds):
        if self._name is not None:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwds)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias:
    """`typing.List`: a builtin or abstract class, subscriptable."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError('Too %s arguments for typing.%s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self._name, len(params), self._nparams))
        return _GenericAlias(self.__origin__, _none_type(params), self._name)

    def __call__(self, *args, **kwds):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self.__origin__.__name__.lower()))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, _none_type(params), 'Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = type(None) if result is None else result
        if args is ...:
            return _GenericAlias(_abc.Callable, (..., result), 'Callable')
        if not isinstance(args, list):
            args = [args]
        args = list(_none_type(args))
        return _GenericAlias(_abc.Callable, tuple(args) + (result,), 'Callable', (args, result))


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            params = (params[0], None)
        args = []
        for p in params:
            p = type(None) if p is None else p
            for a in (p.__args__ if isinstance(p, _UnionAlias) else
                      p if isinstance(p, tuple) else (p,)):
                a = type(None) if a is None else a
                if a not in args:
                    args.append(a)
        if not args:
            raise TypeError('Cannot take a Union of no types.')
        if len(args) == 1:
            return args[0]
        return _UnionAlias(Union, tuple(args), 'Union')


Union = _UnionForm('Union')
Optional = _UnionForm('Optional')

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
DefaultDict = _SpecialGenericAlias(__import__('collections').defaultdict, 'DefaultDict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Type = _SpecialGenericAlias(type, 'Type', 1)
Tuple = _TupleAlias(tuple, 'Tuple')
Callable = _CallableAlias(_abc.Callable, 'Callable')
Iterable = _SpecialGenericAlias(_abc.Iterable, 'Iterable', 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 'Iterator', 1)
Generator = _SpecialGenericAlias(_abc.Generator, 'Generator', 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 'AsyncIterator', 1)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 'AsyncGenerator', 2)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 'Awaitable', 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 'Coroutine', 3)
Sequence = _SpecialGenericAlias(_abc.Sequence, 'Sequence', 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 'MutableSequence', 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 'Mapping', 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 'MutableMapping', 2)
Collection = _SpecialGenericAlias(_abc.Collection, 'Collection', 1)
Container = _SpecialGenericAlias(_abc.Container, 'Container', 1)
Hashable = _SpecialGenericAlias(_abc.Hashable, 'Hashable', 0)
Sized = _SpecialGenericAlias(_abc.Sized, 'Sized', 0)
AbstractSet = _SpecialGenericAlias(_abc.Set, 'AbstractSet', 1)
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 'MutableSet', 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 'Reversible', 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 'ByteString', 0)
MappingView = _SpecialGenericAlias(_abc.MappingView, 'MappingView', 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 'KeysView', 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 'ItemsView', 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 'ValuesView', 1)
Deque = _SpecialGenericAlias(__import__('collections').deque, 'Deque', 1)
OrderedDict = _SpecialGenericAlias(__import__('collections').OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(__import__('collections').Counter, 'Counter', 1)
ChainMap = _SpecialGenericAlias(__import__('collections').ChainMap, 'ChainMap', 2)
Text = str


class _ModuleAlias(_SpecialGenericAlias):
    # An alias of a class in a module typing does not import until asked
    # (re, contextlib): the origin is looked up on first use.
    def __init__(self, module, attr, name, nparams):
        self._module = module
        self._attr = attr
        self._name = name
        self._nparams = nparams

    @property
    def __origin__(self):
        # Import statements, so that the page fetches both files with typing.
        if self._module == 're':
            import re as module
        else:
            import contextlib as module
        return getattr(module, self._attr)


Pattern = _ModuleAlias('re', 'Pattern', 'Pattern', 1)
Match = _ModuleAlias('re', 'Match', 'Match', 1)
ContextManager = _ModuleAlias('contextlib', 'AbstractContextManager', 'ContextManager', 1)
AsyncContextManager = _ModuleAlias('contextlib', 'AbstractAsyncContextManager',
                                   'AsyncContextManager', 1)
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class ParamSpec(TypeVar):
    pass


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs(ParamSpecArgs):
    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, _none_type(params))


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


class IO(Generic):
    __module__ = 'typing'


class TextIO(IO):
    __module__ = 'typing'


class BinaryIO(IO):
    __module__ = 'typing'


class SupportsInt(Protocol):
    __module__ = 'typing'


class SupportsFloat(Protocol):
    __module__ = 'typing'


class SupportsComplex(Protocol):
    __module__ = 'typing'


class SupportsBytes(Protocol):
    __module__ = 'typing'


class SupportsIndex(Protocol):
    __module__ = 'typing'


class SupportsAbs(Protocol):
    __module__ = 'typing'


class SupportsRound(Protocol):
    __module__ = 'typing'


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


def get_overloads(func):
    return []


def clear_overloads():
    pass


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def final(f):
    return f


def overload(f):
    return f


def no_type_check(f):
    return f


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if tp._name == 'Callable' and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', (obj,))):
        hints.update(getattr(klass, '__annotations__', {}))
    return hints


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        from collections import namedtuple
        annotations = ns.get('__annotations__', {})
        fields = list(annotations)
        defaults = [ns[f] for f in fields if f in ns]
        nt = namedtuple(name, fields, defaults=defaults, module=ns.get('__module__', '__main__'))
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__',
                                                 '_root', '__classcell__'):
                setattr(nt, key, value)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    # A TypedDict "class" makes plain dicts.
    def __new__(mcls, name, bases, ns, total=True):
        return super().__new__(mcls, name, (), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass


