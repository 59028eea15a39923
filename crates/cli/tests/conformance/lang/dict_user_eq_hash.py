# Keys with their own __hash__ are matched by identity, then by __eq__.
class K:
    def __eq__(self, o):
        return False
    def __hash__(self):
        return 1

print({K(): 1}.get(K(), 'missing'))
k = K()
print({k: 2}[k], k in {k}, K() in {K()})
print(len({K(): 1, K(): 2}), len({K(), K(), k, k}))


class R:
    def __eq__(self, o):
        raise ValueError("eq called")
    def __hash__(self):
        return 7

r = R()
print({r: 'same'}[r])
for probe in (lambda: {R(): 1}[R()], lambda: R() in {R()}, lambda: {R(), R()}):
    try:
        print(probe())
    except ValueError as e:
        print(type(e).__name__, e)


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"

seen = {P(0, 0), P(1, 2)}
print(P(1, 2) in seen, P(2, 1) in seen, len(seen | {P(0, 0)}))
d = {P(1, 1): 'a'}
d[P(1, 1)] = 'b'
print(d, d.get(P(1, 1)), d.pop(P(1, 1)), d)
d = dict.fromkeys([P(1, 1), P(1, 1), P(2, 2)], 0)
print(d)
d.setdefault(P(2, 2), 5)
d.setdefault(P(3, 3), 5)
print(d)
s = set()
s.add(P(1, 1)); s.add(P(1, 1)); s.discard(P(1, 1))
print(s)
print({P(1, 1): 1} == {P(1, 1): 1})
print(hash(P(1, 2)) == hash((1, 2)))


class Same:
    # every object collides; equality by value
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return 42
    def __repr__(self):
        return f"S{self.v}"

d = {Same(i): i for i in range(6)}
del d[Same(2)]
del d[Same(0)]
print(d, Same(5) in d, Same(2) in d, d[Same(4)])
d[Same(2)] = 'again'
print(d, len(d))
s = {Same(i % 3) for i in range(9)}
print(len(s))
s.remove(Same(1))
print(Same(1) in s, Same(2) in s)


class NoInt:
    def __hash__(self):
        return 'x'

try:
    {NoInt(): 1}
except TypeError as e:
    print(type(e).__name__, e)


class MinusOne:
    def __hash__(self):
        return -1

print(hash(MinusOne()))
