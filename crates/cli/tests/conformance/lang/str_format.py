# str.format with positional, keyword, attribute and index fields.
print("{} + {} = {}".format(1, 2, 3))
print("{1} before {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Bo", age=7))
print("{:>8}|{:<8}|{:^8}|{:.2f}|{:,}".format("r", "l", "c", 2.5, 10 ** 6))
point = {"x": 1, "y": 2}
print("{p[x]},{p[y]}".format(p=point), "{0[1]}".format([10, 20]))
class P:
    def __init__(self):
        self.v = 5
print("{0.v} {obj.v}".format(P(), obj=P()), "{!r}".format("s"), "{{}}".format())
print("{:{w}.{p}f}".format(3.14159, w=9, p=2))
print("{:.3f} {:,} {:08.2f}".format(3.14159, 1000000, -3.5), "{{}} {}".format("braces"))
print("{:{w}}|".format("pad", w=6))
template = "{greeting}, {who}!"
print(template.format(greeting="Hello", who="you"))
print(format(0.5, ".0%"), format(42, "b"), format(3.5))
