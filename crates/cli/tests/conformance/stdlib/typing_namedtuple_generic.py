from typing import NamedTuple, TypeVar, Generic, Protocol, TypedDict, Optional, List
T = TypeVar('T')
class Employee(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f'{self.name}#{self.id}'
e = Employee('ann')
print(e, e.label(), e._fields, e._replace(id=9), Employee._field_defaults, e == ('ann', 3))
name, ident = e
print(name, ident, Employee.__annotations__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(1)
print(s.items, T)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Up', year=2009)
print(m, type(m).__name__)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Optional[int] is not None)
