import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)])
print(fib.cache_info())
print(fib(100), fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

calls = []


@lru_cache
def square(x):
    calls.append(x)
    return x * x


print(square(3), square(3), square(4), square(3.0), calls)
print(square.cache_info(), square.cache_parameters())


@lru_cache(maxsize=2)
def slow(x):
    calls.append(('slow', x))
    return x


calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    slow(x)
print(calls, slow.cache_info())


@lru_cache(maxsize=32, typed=True)
def typed(x):
    calls.append(('typed', x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def factorial(n):
    """Return n!"""
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info(), factorial.__doc__)


@lru_cache(None)
def kw(a, b=1, *, c=2):
    return (a, b, c)


print(kw(1), kw(1, b=1), kw(1, c=2), kw(a=1), kw.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self):
        calls.append('area')
        return 3 * self.r * self.r


calls.clear()
c = Circle(2)
print(c.area(), c.area(), calls, Circle.area.cache_info())
print(type(fib).__name__, fib)

try:
    square([1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError', e)
try:
    fib()
except TypeError as e:
    print('TypeError', e)


# memoised path counting, a common tutorial example
@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.cache_info().currsize)
