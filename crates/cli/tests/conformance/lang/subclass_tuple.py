# namedtuple and typing.NamedTuple classes are tuples (json, equality and
# hashing with plain tuples, slicing, sorting), and a tuple subclass with
# a __new__ of its own.
import json
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, isinstance(p, tuple), p == (1, 2), (1, 2) == p, p + (3,), (0,) + p, p * 2)
print(json.dumps(p), json.dumps({"p": p}), hash(p) == hash((1, 2)), {(1, 2): "found"}[p], {p: 1}[(1, 2)])
x, y = p
print(x, y, p[0], p[-1], p[:1], type(p[:1]).__name__, len(p), list(p), sorted([Point(2, 1), p]))
print(p._replace(x=5), p._asdict(), Point._make([7, 8]), p.count(1), p.index(2), tuple(p), max(p))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"


e = Employee("ann")
print(e, isinstance(e, tuple), e.dept, e._fields, json.dumps(e), e < Employee("bob"))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


q = Pair(1, 2)
print(q, q.swap(), isinstance(q, tuple), type(q.swap()).__name__, q == (1, 2), q.count(1))
try:
    p.x = 3
except AttributeError as err:
    print("AttributeError:", err)
