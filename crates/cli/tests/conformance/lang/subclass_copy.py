# Copies of dict, list and str subclasses' instances keep their class, their
# items and their attributes (shallow and deep).
import copy
class D(dict):
    pass
class L(list):
    def __init__(self, items=(), tag="t"):
        super().__init__(items)
        self.tag = tag
class S(str):
    pass
d = D(a=[1])
d.note = "n"
e = copy.copy(d)
f = copy.deepcopy(d)
print(type(e).__name__, e, e.note, type(f).__name__, f, f["a"] is d["a"], e["a"] is d["a"])
l = L([1, 2], tag="x")
m = copy.deepcopy(l)
print(type(m).__name__, m, m.tag)
s = copy.copy(S("abc"))
print(type(s).__name__, s)
print(vars(l), dir(d) == dir(D()), D.__mro__[-1], len(D.__mro__) > 2)
