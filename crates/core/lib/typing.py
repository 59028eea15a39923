# Type hints are accepted and mostly ignored: these names exist so imports
# work; NamedTuple and TypedDict classes behave as in CPython.
Any = object
Callable = object
Coroutine = object
Awaitable = object
Iterable = object
Iterator = object
AsyncIterator = object
AsyncIterable = object
Optional = object
Union = object
List = list
Dict = dict
Tuple = tuple
Set = set
TYPE_CHECKING = False


def cast(typ, value):
    return value


class _SpecialForm:
    def __init__(self, name, args=()):
        self._special = name
        self._args = args

    def __getitem__(self, item):
        return _SpecialForm(self._special, item if isinstance(item, tuple) else (item,))

    def __repr__(self):
        if not self._args:
            return f'typing.{self._special}'
        inner = ', '.join(getattr(a, '__name__', None) or repr(a) for a in self._args)
        return f'typing.{self._special}[{inner}]'


ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def final(f):
    return f


def overload(f):
    return f


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


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


Sequence = list
Mapping = dict
MutableMapping = dict
Type = type
FrozenSet = frozenset
DefaultDict = dict
Generator = object
AsyncGenerator = object
Hashable = object
Sized = object
Text = str
NoReturn = None
