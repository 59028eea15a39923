# isinstance, type, id, hasattr, getattr, setattr, callable.
class Thing:
    size = 3


t = Thing()
print(isinstance(t, Thing), isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)))
print(type(3), type("s"), type(3.0), type([]), type({}), type(None), type(t))
print(type(3).__name__, type(len).__name__, type(Thing).__name__)
print(id(t) == id(t), id(t) != id(Thing()), type(id(t)).__name__)
print(hasattr(t, "size"), hasattr(t, "color"))
print(getattr(t, "size"), getattr(t, "color", "none"))
setattr(t, "color", "red")
print(t.color, getattr(t, "color"))
try:
    getattr(t, "weight")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable(t), callable(Thing))
print(len.__name__, Thing.__name__, int.__name__)
print(isinstance(t, object), issubclass(bool, int))
print(type(t) is Thing, type(type))
