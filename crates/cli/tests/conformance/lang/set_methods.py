# Set operations. Sets are unordered: results are printed sorted.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a), 10 in a)
a.remove(10)
try:
    a.remove(10)
except KeyError as e:
    print("KeyError", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.issubset({1, 2}), {1, 2, 3}.issuperset({3}))
print({1, 2}.isdisjoint({3}), set() == set(), set("aab") == {"a", "b"})
unique = set([3, 1, 3, 2, 1])
print(sorted(unique), len(unique))
s = set()
s.update([1, 2], (3,))
print(sorted(s), s.pop() in {1, 2, 3})
print(sorted({x % 4 for x in range(10)}))
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len))
print(frozenset([1, 2]) == {1, 2}, type(set()).__name__)
print({3, 1, 2}, {10, 5})
