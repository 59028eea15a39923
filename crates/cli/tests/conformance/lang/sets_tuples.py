# Sets and tuples.
a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a.issubset({1, 2, 3, 4}))
a.add(10)
a.discard(1)
print(sorted(a), len(a), 2 in a, set(), {x % 3 for x in range(10)})
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), (1,), (), tuple([1, 2]), t + (4,), t.count(1), t.index("two"))
x, y, z = t
print(x, y, z, (1, 2) < (1, 3), (1, 2) == (1, 2), max([(1, "b"), (1, "a")]))
print(frozenset({1}), sorted(frozenset([3, 1])), {(1, 2): "pair"}[(1, 2)])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
