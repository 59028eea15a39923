# Type hints are accepted and ignored: these names exist so imports work.
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
