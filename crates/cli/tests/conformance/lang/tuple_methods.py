# Tuples: packing, indexing, count/index, comparison, hashing.
t = (1, 2, 3, 2)
print(t, t[0], t[-1], len(t), t.count(2), t.index(3))
single = (5,)
empty = ()
print(single, empty, type(single).__name__, (5) == 5)
packed = 1, "a", None
print(packed)
print((1, 2) + (3,), (0,) * 3, 2 in t)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
lookup = {(0, 0): "origin", (1, 2): "point"}
print(lookup[(1, 2)], lookup[0, 0])
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
x, y = divmod(17, 5)
print(x, y)
print(max((1, "a"), (1, "b")), min([(3, 1), (2, 9)]))
