# The with statement and context manager classes.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


with Resource("first") as r:
    print("inside", r.name)

with Resource("swallowing", swallow=True):
    raise ValueError("hidden")
print("after the swallowed exception")

try:
    with Resource("passing on"):
        raise KeyError("seen")
except KeyError as e:
    print("caught outside", repr(e))

with Resource("a") as a, Resource("b") as b:
    print("two at once", a.name, b.name)


def early_return():
    with Resource("in function"):
        return "returned"


print(early_return())
