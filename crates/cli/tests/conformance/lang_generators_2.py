# Generators: yield, lazy evaluation, yield from, send, return value.
def countdown(n):
    print("  generator started")
    while n > 0:
        yield n
        n -= 1
    print("  generator finished")


gen = countdown(3)
print("created", type(gen).__name__)
print(next(gen))
print(list(gen))
print(next(gen, "exhausted"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = accumulator()
next(acc)
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
