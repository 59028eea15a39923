# pickle writes CPython's bytes (protocol 4 by default, in frames; 2, 3
# and 5 on request) and reads them back: numbers, str, bytes, containers,
# functions and classes by name, instances by their class and state,
# __slots__, __reduce__, __getstate__/__setstate__, enums, exceptions.
import pickle
import re
from enum import Enum


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class Color(Enum):
    RED = 1


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
        self.cache = {"expensive": True}

    def __getstate__(self):
        return {"celsius": self.celsius}

    def __setstate__(self, state):
        self.celsius = state["celsius"]
        self.cache = {}


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __reduce__(self):
        return (Money, (self.amount, self.currency))


def double(x):
    return x * 2


values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, 2**31, -2**31,
          -2**31 - 1, 2**70, -2**70, 2**2100, 1.5, -0.0, float("inf"), "", "hé", "x" * 300,
          b"", b"ab", bytes(300), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2],
          {}, {"a": 1}, {"a": 1, "b": [1, 2]}, {1, 2, 3}, set(), frozenset({3}), frozenset(),
          list(range(1200)), {i: str(i) for i in range(3)}, ["a", "a", "b"],
          Point(1, "x"), Color.RED, len, Point, double, range(3), ValueError("bad", 2),
          Money(5, "EUR")]
def shown(x):
    # Addresses vary in length from host to host: out before shortening.
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))[:40]


for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(shown(v), len(data), data if len(data) < 120 else data[:60], back == v or shown(back))

s = Slotted()
data = pickle.dumps(s)
print(data, pickle.loads(data).a)
t = pickle.loads(pickle.dumps(Temperature(21)))
print(t.celsius, t.cache)
m = pickle.loads(pickle.dumps(Money(3, "USD")))
print(m.amount, m.currency)
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
for proto in (2, 3, 5):
    print(proto, pickle.dumps([1, "a", b"b", (2.5,), {"k": None}, {7}], protocol=proto))
    print(pickle.loads(pickle.dumps([1, "a", b"b", (2.5,), {"k": None}, {7}, Point(1, 2)], protocol=proto)))
print(pickle.dumps(len, protocol=2), pickle.dumps(range, protocol=2))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
# Pickles written by CPython at protocol 0 and 2 load.
print(pickle.loads(b'(dp0\nVa\np1\n(I1\ntp2\ns.'))
print(pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e.'))
print(pickle.loads(b'(lp0\nI1\naF2.5\naS\'abc\'\np1\na.'))
