# Generators: yield, send, yield from, return values.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def relay():
    result = yield from countdown(3)
    yield result

print(list(countdown(3)), list(relay()))

def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x

acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("stopped")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

gen = fib()
print([next(gen) for _ in range(10)])
print(type(gen).__name__, sum(x for x in countdown(4)))


def noisy(n):
    print("  generator started")
    while n > 0:
        yield n
        n -= 1
    print("  generator finished")


gen = noisy(3)
print("created", type(gen).__name__)
print(next(gen))
print(list(gen))
print(next(gen, "exhausted"))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(2))))


def summer():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


acc = summer()
next(acc)
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
