# weakref: references that do not keep their object, callbacks when it dies
# (a raising one reported and ignored), WeakValueDictionary, WeakKeyDictionary,
# WeakSet, finalize, proxy, and the types that cannot be referred to weakly.
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name!r})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), weakref.ref(a) is r, r == weakref.ref(a), hash(r) == hash(a))
print(repr(r).split(" at 0x")[0], type(r).__name__, r.__callback__)
del a
print(r(), repr(r).split(" at 0x")[0], repr(r).endswith("; dead>"))

def gone(ref):
    print("callback: referent gone", ref() is None)

b = Node("b")
rb = weakref.ref(b, gone)
print(rb.__callback__ is gone, weakref.ref(b) is rb)
print("deleting b")
del b
print("after del b")

cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache.keys()), cache["x"], "x" in cache, cache.get("z"))
del x
print(len(cache), list(cache.keys()), "x" in cache, cache.get("x", "missing"))
try:
    cache["x"]
except KeyError as e:
    print("KeyError", e)

meta = weakref.WeakKeyDictionary()
k1 = Node("k1")
meta[k1] = "info"
print(len(meta), meta[k1], k1 in meta, list(meta.items()))
del k1
print(len(meta))

ws = weakref.WeakSet()
n1, n2 = Node("1"), Node("2")
ws.add(n1); ws.add(n2)
print(len(ws), n1 in ws)
del n2
print(len(ws), list(ws))

def cleanup(label):
    print("finalized", label)

c = Node("c")
f = weakref.finalize(c, cleanup, "c")
print(f.alive, f.peek()[1:] if f.peek() else None)
del c
print(f.alive)
d = Node("d")
f2 = weakref.finalize(d, cleanup, "d")
f2()
print(f2.alive, f2())

p = weakref.proxy(Node("tmp")) if False else None
e = Node("e")
p = weakref.proxy(e)
print(p.name, repr(p).split(" at 0x")[0])
del e
try:
    p.name
except ReferenceError as ex:
    print("ReferenceError:", ex)

for bad in [1, "s", [1], {}, (1,)]:
    try:
        weakref.ref(bad)
    except TypeError as ex:
        print(ex)
def boom(ref):
    raise ValueError("callback failed")
z = Node("z")
rz = weakref.ref(z, boom)
del z
print("end")
