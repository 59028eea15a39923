# del on names, list items, slices, dict keys and attributes.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)


class Box:
    pass


box = Box()
box.value = 1
del box.value
print(hasattr(box, "value"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
