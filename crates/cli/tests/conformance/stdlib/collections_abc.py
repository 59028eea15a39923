from collections.abc import (Iterable, Iterator, Generator, Mapping, MutableMapping,
                             Sequence, MutableSequence, Callable, Hashable, Sized,
                             Container, Set, MutableSet, Awaitable, Coroutine,
                             AsyncIterator, AsyncIterable, Collection, Reversible)
import collections.abc


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


values = [[], (), '', {}, set(), frozenset(), 3, 2.5, None, range(2), gen(),
          iter([]), zip(), len, print, lambda: 0, {}.keys(), b'x']
for abc in [Iterable, Iterator, Generator, Sized, Container, Collection, Sequence,
            MutableSequence, Mapping, MutableMapping, Set, MutableSet, Hashable,
            Callable, Reversible]:
    print(abc.__name__, [isinstance(v, abc) for v in values])
c = coro()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(gen(), Awaitable))
c.close()
print(isinstance(agen(), AsyncIterator), isinstance(agen(), AsyncIterable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Greeter:
    def __call__(self, name):
        return 'hi ' + name


class Unhashable:
    __hash__ = None


print(isinstance(Countdown(3), Iterator), isinstance(Countdown(3), Iterable),
      list(Countdown(3)), isinstance(Greeter(), Callable), isinstance(Greeter(), Sized),
      isinstance(Unhashable(), Hashable), isinstance(Greeter(), Hashable))


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._store = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()]

    def __setitem__(self, key, value):
        self._store[key.lower()] = value

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f'LowerDict({self._store})'


ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, 'a' in ld, 'Z' in ld, ld.get('c'), ld.get('z', 0), len(ld))
print(list(ld.keys()), list(ld.items()), list(ld.values()), ld.keys())
print(ld.pop('A'), ld.pop('q', None), ld.setdefault('d', 4), ld.popitem(), ld)
print(ld == {'c': 3, 'd': 4}, dict(ld), isinstance(ld, Mapping), isinstance(ld, dict))
ld.clear()
print(ld, len(ld))
try:
    ld.pop('nope')
except KeyError as e:
    print('KeyError', e)


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('out of range')
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)), sq[-1])
print(isinstance(sq, Sequence), isinstance(sq, Iterable), isinstance(sq, MutableSequence))
try:
    sq.index(7)
except ValueError:
    print('ValueError from index')


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


for cls in [Incomplete, Sequence, Iterable, MutableMapping]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

print(collections.abc.Iterable, Mapping.__name__, type(Iterable).__name__)
