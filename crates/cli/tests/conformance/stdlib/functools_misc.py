import functools
from functools import (wraps, partial, reduce, total_ordering, cmp_to_key,
                       singledispatch, cached_property, update_wrapper)
import operator


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(4, 5), add.__annotations__)


def plain(*a):
    return a


def shim(*a):
    return plain(*a)


plain.extra = 'kept'
update_wrapper(shim, plain)
print(shim.__name__, shim.extra, shim.__wrapped__ is plain)


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), partial(two_to, 3)(), repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in function max>'))
print(repr(partial(power, 2, exponent=5)).replace(hex(id(power)), 'ADDR')[:40])
print(list(map(partial(int, base=2), ['101', '11'])))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(operator.concat, ['a', 'b'], 'z'))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f'v{self.major}.{self.minor}'


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 > v2, v1 <= v2, v1 >= v2, v1 == Version(1, 2), sorted([v2, v1, Version(0, 9)]))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __ge__(self, other):
        return self.cents >= other.cents


print(Money(5) < Money(6), Money(5) > Money(6), Money(5) <= Money(5), max([Money(1), Money(9)]).cents)


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min(words, key=cmp_to_key(by_length_then_alpha)))


@singledispatch
def describe(obj):
    return f'object {obj!r}'


@describe.register
def _(obj: int):
    return f'int {obj}'


@describe.register(list)
def _(obj):
    return f'list of {len(obj)}'


@describe.register(str)
@describe.register(bytes)
def _(obj):
    return f'text {obj!r}'


def describe_float(obj):
    return f'float {obj:.1f}'


describe.register(float, describe_float)
print(describe(3), describe(True), describe([1, 2]), describe('hi'), describe(b'x'), describe(2.5), describe(None))
print(describe.dispatch(int).__name__, describe.dispatch(dict) is describe.registry[object], sorted(t.__name__ for t in describe.registry))


class Animal:
    pass


class Dog(Animal):
    pass


@singledispatch
def speak(a):
    raise NotImplementedError('cannot speak')


@speak.register
def _(a: Animal):
    return 'generic animal noise'


@speak.register
def _(a: Dog):
    return 'woof'


print(speak(Dog()), speak(Animal()))
try:
    speak(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed)
del d.total
print(d.total, d.computed, isinstance(Dataset.total, cached_property))
d.total = 100
print(d.total)

for bad in [
    lambda: reduce(operator.add, []),
    lambda: reduce(operator.add),
    lambda: reduce(operator.add, 5),
    lambda: partial(),
    lambda: partial(5),
    lambda: total_ordering(type('Bare', (), {})),
    lambda: cmp_to_key(by_length_then_alpha)('a') < 'b',
    lambda: describe.register(3),
    lambda: describe(),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
