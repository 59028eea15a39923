def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"


def chain(*iterables):
    for it in iterables:
        yield from it


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = countdown(5)
print(next(gen), gen.send(10), next(gen))
print(list(chain([1, 2], (3, 4), "ab")))
f = fib()
print([next(f) for _ in range(10)])
first, *middle, last = range(6)
print(first, middle, last)
(x, y), z = (1, 2), 3
[p, q] = "pq"
print(x, y, z, p, q)
