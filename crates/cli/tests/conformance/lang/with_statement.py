# Context managers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as m:
    print("inside", m.name)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e, repr(e))
with Managed("d") as d1, Managed("e") as d2:
    print(d1.name, d2.name)
def early():
    with Managed("f"):
        return "returned"
print(early())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            break
