# __slots__: instances take only the listed attributes and have no __dict__,
# unless a class of the MRO lacks __slots__ or lists '__dict__'.
from dataclasses import dataclass


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, '__dict__'))
for attempt in ('p.z = 3', 'p.__dict__', 'Point.__new__(Point).x'):
    try:
        exec(attempt)
    except AttributeError as e:
        print(attempt, '->', type(e).__name__, e)


class Labelled(Point):
    __slots__ = 'label'


q = Labelled(1, 2)
q.label = 'a'
print(q.label, q.x)
try:
    q.other = 1
except AttributeError as e:
    print(e)


class Open(Point):
    pass


o = Open(3, 4)
o.anything = 5
print(o.anything, o.__dict__)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__)


@dataclass(slots=True)
class Reading:
    sensor: str
    value: float = 0.0


r = Reading('t1', 21.5)
print(r)
try:
    r.unit = 'C'
except AttributeError as e:
    print(e)


class Err(Exception):
    __slots__ = ()


e = Err('x')
e.note = 1
print(e.note)
