# Scopes in loops, generators and classes.
def make():
    fs = []
    for i in range(3):
        def f(x, i=i):
            return x * i
        fs.append(f)
    return fs

print([f(10) for f in make()])

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()

g = counter_gen()
print(next(g), next(g), next(g))

class Base:
    kind = "base"
    def who(self):
        return f"{type(self).__name__}:{self.kind}"

class Mid(Base):
    kind = "mid"
    def who(self):
        return "mid/" + super().who()

class Leaf(Mid):
    def who(self):
        return "leaf/" + super().who()

print(Leaf().who(), Mid().who(), Base().who())
x = "global"
def outer():
    x = "outer"
    def inner():
        global x
        x = "changed"
        return x
    return inner(), x
print(outer(), x)
print([(a, b) for a, *b in [(1, 2, 3), (4, 5)]])
