# playground fuzz --seed 7 : case 359964: panic
# no scope for node
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         FrozenInstanceError, KW_ONLY, InitVar, is_dataclass, MISSING)
import dataclasses
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(p.x, p.y, Point.y, Point.__args__, [f.name for f in fields(p)])
p.x = 10
print(p, asdict(p), astuple(p), replace(p, y=99), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__init__.__qualname__)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default='', repr=False, compare=False)
    total_created: ClassVar[int] = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity


a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, note='different note')
a.tags.append('new')
print(a, b, a == b, a.total_cost(), Inventory.total_created)
print(Inventory('x', 1.0).tags is not Inventory('y', 1.0).tags)
print([(f.name, f.type.__name__ if isinstance(f.type, type) else f.type) for f in fields(Inventory)])
print(fields(Inventory)[3].default is MISSING, fields(Inventory)[3].default_factory is list)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


versions = [Version(1, 10), Version(1, 2), Version(0, 9, 'beta'), Version(1, 2, 'rc')]
print(sorted(versions))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99), max(versions))


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    @property
    def pair(self):
        return (self.lat, self.lon)


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)], c.pair)
for action in [lambda: setattr(c, 'lat', 0), lambda: delattr(c, 'lon'), lambda: setattr(c, 'alt', 1)]:
    try:
        action()
    except FrozenInstanceError as e:
        print('FrozenInstanceError', e, isinstance(e, AttributeError))
print(replace(c, lon=0.0), c)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


print(Rect(2, 3), Rect(2, 3, scale=2), [f.name for f in fields(Rect)])


@dataclass
class Base:
    id: int
    name: str = 'base'


@dataclass
class Child(Base):
    extra: lfield(default_factory=lambda: [1])
    name: str = 'child'


print(Child(7), Child(8, 'n', [2]), [f.name for f in fields(Child)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed(0, b=5, c=6))


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(Node(2))
print(n, n == Node(1, [Node(2)]), asdict(n))


@dataclass(unsafe_hash=True)
class Tag:
    name: str


print(hash(Tag('a')) == hash(Tag('a')), len({Tag('a'), Tag('a'), Tag('b')}))


@dataclass
class Team:
    name: str
    members: list
    lead: Point


t = Team('core', [Point(1, 1), Point(2, 2)], Point(0, 0))
d = asdict(t)
d['members'][0]['x'] = 100
print(d, t.members[0], astuple(t))


@dataclass(repr=False, init=False)
class Custom:
    v: int = 5

    def __repr__(self):
        return 'Custom!'


print(Custom(), Custom().v)

for bad in [
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=2),
    lambda: Options(),
    lambda: Mixed(1),
    lambda: Mixed(1, 2, 3),
    lambda: replace(p, z=1),
    lambda: replace(Rect(1, 1), area=3),
    lambda: fields(3),
    lambda: asdict(Point),
    lambda: astuple('x'),
    lambda: hash(Point(1, 2)),
    lambda: Version(1) < Point(1),
    lambda: field(default=1, default_factory=list),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass(order=True)
    class Bad4:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass
    class Child2(Coord):
        alt: float = 0.0
except TypeError as e:
    print('TypeError', e)
