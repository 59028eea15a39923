# __del__ runs when the last reference goes, once per object, as in CPython.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("del statement")
del r
print("after del")

r = Resource("rebound")
r = None
print("after rebinding")


def use():
    local = Resource("local")
    print("using", local.name)


use()
print("after the function returned")

items = [Resource("first"), Resource("second")]
items.pop()
print("after pop")
items.clear()
print("after clear")

holder = Resource("holder")
holder.inner = Resource("inner")
holder.inner = None
print("after attribute rebound")
del holder
print("after holder")

cache = {"k": Resource("in a dict")}
del cache["k"]
print("after dict delete")

Resource("temporary")
print("after a temporary")


class Child(Resource):
    def __del__(self):
        print("child cleanup", self.name)
        super().__del__()


c = Child("child")
del c
print("after child")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


p = Phoenix()
del p
print("revived:", len(saved))
saved.clear()
print("second death: no second finalizer")


class Faulty:
    def __del__(self):
        raise ValueError("cleanup failed")


f = Faulty()
del f
print("the program goes on")

zeta = Resource("made first")
alpha = Resource("made second")
middle = Resource("made third")
import json

LIMIT = 3


def helper():
    return "helper"


class Farewell:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        # At exit the module's imports, constants and functions are still there.
        print("farewell", self.n, json.dumps([LIMIT]), helper())


zz_first = Farewell(1)
_hidden = Farewell(2)
in_a_list = [Farewell(3)]
print("end of program: globals are finalized in the order they were bound")
