from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name.lower()} is #{self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def is_warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color(2), Color['BLUE'], Color(Color.RED), Color.RED.describe(), Color.default(), Color.BLUE.is_warm)
print(Color.RED in Color, isinstance(Color.GREEN, Color), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(Color, type(Color), Color.__members__)
print(list(Color.__members__), [m.name for m in reversed(Color)])
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.CRIMSON], f'{Color.BLUE}', f'{Color.BLUE!r}', str(Color.GREEN))
print(sorted(Color, key=lambda c: c.value, reverse=True), max(Color, key=lambda c: c.value))
print(hash(Color.RED) == hash(Color.RED), Color.RED.__class__.__name__, [c.value for c in Color])


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = 10
    RETRY = auto()


print(list(Status), Status(11))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.mass)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), Priority.LOW + 1, Priority.HIGH * 2, Priority.LOW < Priority.HIGH)
print(Priority.MEDIUM == 2, Priority(3), sorted([Priority.HIGH, Priority.LOW]))
print(f'{Priority.MEDIUM}', int(Priority.HIGH), Priority.HIGH > 2, max(Priority))


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = 'S'


print(Direction.NORTH, repr(Direction.NORTH), Direction.SOUTH == 'S', f'{Direction.SOUTH}!', Direction('north'))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, list(rw), rw.value, rw.name)
print(repr(Perm(0)), bool(Perm(0)), bool(Perm.R), repr(~Perm.R), repr(rw & Perm.R), repr(Perm(7)), repr(rw ^ Perm.R))
print(Perm.R | Perm.R is Perm.R, len(list(Perm)), Perm(3) is rw)


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(repr(m), str(m), m == 6, m & 4, Mode.READ in m, repr(Mode.EXEC | 8), f'{m}', repr(Mode(5)))


class TrafficLight(Enum):
    RED = 'red'
    YELLOW = 'yellow'
    GREEN = 'green'

    def next(self):
        order = list(TrafficLight)
        return order[(order.index(self) + 1) % len(order)]


light = TrafficLight.RED
for _ in range(4):
    print(light.value, end=' -> ')
    light = light.next()
print(light.value)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape('circle'), Shape.ALIAS_FOR_SQUARE, list(Shape))

Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
Numbers = Enum('Numbers', [('ONE', 1), ('TEN', 10)])
print(list(Numbers), Numbers.TEN)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print('ValueError', e)

for bad in [
    lambda: Color(7),
    lambda: Color['PURPLE'],
    lambda: Color.RED < Color.BLUE,
    lambda: setattr(Color, 'RED', 5),
    lambda: setattr(Color.RED, 'value', 5),
    lambda: Priority(9),
    lambda: Perm(9),
    lambda: Shape(9),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)
print(enum.Enum, type(Color) is enum.EnumMeta, issubclass(Priority, Enum))
