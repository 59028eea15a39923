from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x + y, p == (11, 22), (11, 22) == p, p != Point(1, 2), hash(p) == hash((11, 22)))
print(Point._fields, Point.__name__, Point, Point.__doc__)
print(p._asdict(), p._replace(x=33), Point._make([5, 6]), p)
print(sorted([Point(3, 1), Point(1, 2), Point(2, 0)]))
print(max([Point(3, 1), Point(1, 2)], key=lambda q: q.y))
print(p + (1,), p * 2, 11 in p, p.count(11), p.index(22))
print(Point(*range(2)), Point(**{'x': 'a', 'y': 'b'}))
d = {p: 'here'}
print(d[Point(11, 22)])

Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2), Color(red=9), Color._field_defaults)
Row = namedtuple('Row', 'id, name,  score')
print(Row(1, 'ann', 9.5), Row._fields)
R = namedtuple('R', 'a def a _b', rename=True)
print(R._fields, R(1, 2, 3, 4))

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('Ann', 'eng', 120), Employee('Bob', 'ops', 90),
         Employee('Cid', 'eng', 100)]
for e in sorted(staff, key=lambda e: e.salary, reverse=True):
    print(f"{e.name:5}{e.dept:5}{e.salary:>5}")
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f'<{self.x}, {self.y}>'


v = Vec(3, 4)
print(v, repr(v), v.norm2, v._replace(y=0))

for bad in [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=3),
    lambda: Point(),
    lambda: Color(),
    lambda: Point(1, 2)._replace(z=1),
    lambda: namedtuple('1a', 'x'),
    lambda: namedtuple('A', 'class'),
    lambda: namedtuple('A', '_x'),
    lambda: namedtuple('A', 'x x'),
    lambda: namedtuple('A', 'x y', defaults=[1, 2, 3]),
    lambda: namedtuple('A', 'x-y'),
    lambda: setattr(p, 'x', 5),
    lambda: setattr(p, 'z', 5),
    lambda: Point._make([1]),
    lambda: p[5],
    lambda: p.index(99),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
