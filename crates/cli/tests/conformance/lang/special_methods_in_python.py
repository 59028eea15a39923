# Properties, __getitem__, __setitem__ and __iter__ written in Python, run
# from the program's own lines: results, what a setter returns (dropped),
# a getter's AttributeError falling back to __getattr__, generators as
# __iter__, and the traceback through a getter.
class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
        return "ignored"

    @property
    def broken(self):
        return self.missing_attribute


class Fallback:
    @property
    def value(self):
        raise AttributeError("no value yet")

    def __getattr__(self, name):
        return "fallback for " + name


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value
        return "dropped"

    def __iter__(self):
        for key in sorted(self.cells):
            yield key, self.cells[key]


t = Temperature()
t.celsius = 21.5
print(t.celsius, [t.celsius for _ in range(2)])
t.celsius += 1
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Fallback().value)
g = Grid()
g[1, 2] = "x"
g[0, 0] = "o"
print(g[1, 2], g[5, 5], list(g), dict(g), [k for k, _ in g])
for key, value in g:
    print(key, value)
a, b = g
print(a, b)
print(t.broken)
