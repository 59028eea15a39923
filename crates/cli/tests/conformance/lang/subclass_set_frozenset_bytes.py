# Subclasses of set, frozenset and bytes: their own methods beside the
# type's, operators giving plain sets, reprs naming the subclass, hashing.
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)

t = Tags([1, 2])
t.add_all(3, 4)
print(t, len(t), 3 in t, isinstance(t, set), type(t).__name__, sorted(t))
print(t | {9}, type(t | {9}).__name__, {0} | t, t & {1, 2, 7}, t - {1} , sorted(t ^ {1, 10}), t <= {1, 2, 3, 4, 5}, t == {1, 2, 3, 4})
t |= {5}
t -= {1}
print(t, type(t).__name__, Tags(), repr(Tags("ab")) in ("Tags({'a', 'b'})", "Tags({'b', 'a'})"))
t.discard(2); t.remove(3)
print(t, t.union([7]), t.issubset({4, 5, 6}), t.copy(), type(t.copy()).__name__)
try:
    hash(t)
except TypeError as e:
    print(e)

class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items"

f = Frozen([3, 1])
print(f, f.describe(), hash(f) == hash(frozenset([1, 3])), {f: "x"}[frozenset([1, 3])], f | {2}, type(f | {2}).__name__, Frozen())

class Blob(bytes):
    def shout(self):
        return self.upper()

b = Blob(b"abc")
print(b, b.shout(), len(b), b[0], b[1:], b + b"!", isinstance(b, bytes), b.decode(), b == b"abc", {b"abc": 1}[b], type(b).__name__, bytes(b))

class Sub(set):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
s = Sub([1], "L")
print(s, s.label)
import copy
print(copy.copy(t), copy.deepcopy(f), type(copy.copy(t)).__name__)
