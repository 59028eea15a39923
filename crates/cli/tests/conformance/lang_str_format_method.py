# str.format with positions, names, attributes and specs.
print("{} and {}".format("left", "right"))
print("{1} before {0}".format("second", "first"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]}".format(["a", "b"]))
print("{p[x]}".format(p={"x": 5}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f}".format(3.14159, 1000000, -3.5))
print("{!r}".format("text"))
print("{{}} {}".format("braces"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


point = Point(1.0, 2.0)
print("{0.x} {0.y}".format(point))
print("{:{w}}|".format("pad", w=6))
template = "{greeting}, {who}!"
print(template.format(greeting="Hello", who="you"))
print(format(0.5, ".0%"), format(42, "b"), format(3.5))
