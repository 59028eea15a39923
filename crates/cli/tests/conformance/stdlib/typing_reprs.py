# typing's names print as CPython's (typing.List[int], typing.Optional[str]),
# generic classes subscript, and isinstance() works where CPython lets it.
import typing
from typing import (Any, AsyncIterator, Awaitable, Callable, Coroutine, Dict, Generic, Iterable,
                    List, Literal, Optional, Sequence, Tuple, TypeVar, Union, get_args, get_origin)

print(List[int], Dict[str, int], Optional[str], Union[int, str], Callable[[int], str], Any)
print(Tuple[int, ...], Tuple[()], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[bytes])
print(Callable[..., Awaitable[None]], Literal['r', 'w'], Optional[List[int]], Union[int, None])
print(List, Dict, typing.Sequence, Union[int, Union[str, float]], Union[int, int], Union[int])

T = TypeVar('T')
K = TypeVar('K', covariant=True)
print(T, K, List[T], Dict[str, T])


class Box(Generic[T]):
    def __init__(self, value: T):
        self.value = value

    def get(self) -> T:
        return self.value


print(Box[int], Box[int](5).get(), Box.__mro__, typing.get_type_hints(Box.__init__))


def fetch(url: str, retries: int = 3) -> Optional[Dict[str, Any]]:
    return None


print(fetch.__annotations__)
print(isinstance([], List), isinstance((1, 2), Sequence), isinstance(3, Union[int, str]),
      isinstance(None, Optional[int]), issubclass(list, Iterable))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int, str], bool]))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
for attempt in [lambda: isinstance([], List[int]), lambda: List(), lambda: Any(),
                lambda: isinstance(1, Any), lambda: Dict[str], lambda: Callable[int, str]]:
    try:
        print(attempt())
    except TypeError as e:
        print('TypeError:', e)


class Settings(typing.NamedTuple):
    host: str
    port: int = 8080


print(Settings('example.org'), Settings._fields)
