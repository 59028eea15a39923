# Values of many kinds cross to a worker and back unchanged; instances of
# the program's classes keep their class and attributes.
from multiprocessing import Pool
from collections import namedtuple


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def norm2(self):
        return self.x ** 2 + self.y ** 2


class Stateful:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        return {"items": self.items, "note": "via getstate"}

    def __setstate__(self, state):
        for name, value in state.items():
            setattr(self, name, value)
        self.restored = True


def echo(value):
    return value


def describe(p):
    return type(p).__name__, p.norm2()


if __name__ == "__main__":
    values = [None, True, 42, -7, 2 ** 100, 3.5, float("inf"), "héllo", b"\x00\xff",
              (1, (2, 3)), [1, [2, [3]]], {"a": [1, 2], 3: "b"}, {1, 2, 3},
              frozenset({4}), range(3, 9, 2), ()]
    with Pool(2) as pool:
        back = pool.map(echo, values)
        for v, b in zip(values, back):
            print(repr(b), v == b, type(b).__name__)
        nan = pool.apply(echo, (float("nan"),))
        print(nan != nan)
        print(pool.apply(describe, (Point(3, 4),)))
        p = pool.apply(echo, (Point(1, 2),))
        print(p, type(p) is Point, p.norm2())
        s = pool.apply(echo, (Stateful(),))
        print(s.items, s.note, s.restored)
        print(pool.apply(echo, (ValueError("bad", 3),)).args)
        print(pool.map(len, ["ab", "cde"]))
