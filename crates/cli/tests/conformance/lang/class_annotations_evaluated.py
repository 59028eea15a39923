# A class body evaluates its annotations (into __annotations__), lambdas and
# comprehensions in them included; a function's are kept, not run.
from dataclasses import dataclass, field


class Settings:
    retries: int = 3
    factory: (lambda: [1, 2])
    names: [n.upper() for n in ('a', 'b')] = ()


print(Settings.__annotations__['retries'], Settings.__annotations__['factory'](),
      Settings.__annotations__['names'], Settings.retries, Settings.names)


@dataclass
class Job:
    name: str
    tags: list = field(default_factory=lambda: ['new'])


print(Job('a'), Job('b', ['x']))


def run(a: (lambda: 'ann'), b: int = 2) -> (lambda: 'ret'):
    inner: (lambda: 'never evaluated') = a
    return inner


print(run.__annotations__['a'](), run.__annotations__['return'](), run(1))
