# Classes: __init__, methods, attributes, inheritance, super(), dunders.
class Vector:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def length2(self):
        return self.x ** 2 + self.y ** 2


class Vector3(Vector):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vector3({self.x}, {self.y}, {self.z})"

    def length2(self):
        return super().length2() + self.z ** 2


v = Vector(1, 2) + Vector(3, 4)
w = Vector3(1, 2, 2)
print(v, repr(v), [v], str(w), w.length2(), v.length2(), Vector.dims, w.dims)
print(v == Vector(4, 6), v != Vector(0, 0), sorted([Vector(2, 1), Vector(1, 5)]))
print(isinstance(w, Vector), issubclass(Vector3, Vector), type(w).__name__, Vector3.__mro__[1].__name__)
v.label = "sum"
print(v.label, hasattr(v, "label"), getattr(v, "nope", "default"))
print(Vector.__name__, w.__class__.__name__, Vector.length2(v))
