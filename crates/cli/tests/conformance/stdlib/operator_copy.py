import operator
from operator import itemgetter, attrgetter, methodcaller
import copy

print(operator.add(2, 3), operator.sub(5, 2), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.getitem({'k': 'v'}, 'k'))
print(operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]), operator.length_hint([1, 2, 3]))

rows = [{'name': 'ann', 'age': 31}, {'name': 'bob', 'age': 25}, {'name': 'cid', 'age': 35}]
print(sorted(rows, key=itemgetter('age')), list(map(itemgetter('name'), rows)))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter(slice(1, None))([1, 2, 3]), itemgetter('a', 'b')({'a': 1, 'b': 2}))
pairs = [(1, 'b'), (2, 'a'), (1, 'a')]
print(sorted(pairs, key=itemgetter(1, 0)), max(pairs, key=itemgetter(0)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.meta = type('Meta', (), {})()
        self.meta.label = f'p{x}{y}'

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter('x')), sorted(pts, key=attrgetter('y', 'x')), attrgetter('meta.label')(pts[0]))
print(methodcaller('scaled', 2)(pts[0]), methodcaller('scaled', 2, offset=1)(pts[1]), list(map(methodcaller('upper'), ['a', 'b'])))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('x'), attrgetter('a.b', 'c'), methodcaller('f', 1, k='v'))
for bad in [lambda: itemgetter(5)([1]), lambda: attrgetter('z')(pts[0]), lambda: attrgetter(1),
            lambda: methodcaller(5), lambda: itemgetter('x')({})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

original = {'name': 'cfg', 'items': [1, [2, 3]], 'nested': {'k': [4]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original['items'][1].append('x')
original['nested']['k'].append(5)
original['name'] = 'changed'
print(shallow, deep, shallow['items'] is original['items'], deep['items'] is original['items'])
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c, c[0] is c[1], c[0] is a)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc is not cyclic, len(cc))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x = 100
p.meta.label = 'changed'
print(p2, p2.meta.label, p3, p3.meta.label, p2.meta is p.meta, p3.meta is p.meta)


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('custom copy')
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print('custom deepcopy', len(memo) >= 0)
        return Tracked(copy.deepcopy(self.v, memo))


t1 = Tracked([1])
t2 = copy.copy(t1)
t3 = copy.deepcopy(t1)
print(t2.v is t1.v, t3.v == t1.v, t3.v is t1.v)
print(copy.copy(5), copy.deepcopy('s'), copy.copy([1, 2]), copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}))


class Graph:
    def __init__(self):
        self.nodes = {}


g = Graph()
g.nodes['a'] = ['b']
g.nodes['self'] = g
g2 = copy.deepcopy(g)
print(g2.nodes['self'] is g2, g2.nodes['a'] == ['b'], g2.nodes['a'] is not g.nodes['a'])
