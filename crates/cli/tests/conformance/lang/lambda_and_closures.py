# lambda expressions and closures capturing variables.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def make_multipliers():
    return [lambda x: x * i for i in range(3)]  # late binding: all use i == 2


print([m(10) for m in make_multipliers()])
print([(lambda x, i=i: x * i)(10) for i in range(3)])


def adder(n):
    return lambda x: x + n


add5 = adder(5)
print(add5(1), adder(-1)(1))
print((lambda: "no args")())
print(list(map(lambda s: s.upper(), ["a", "b"])))
