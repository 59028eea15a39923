# __repr__, __str__, __eq__, __lt__ and friends.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

    def __str__(self):
        return f"v{self.major}.{self.minor}"

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))

    def __add__(self, n):
        return Version(self.major, self.minor + n)

    def __bool__(self):
        return self.major > 0


v = Version(1, 2)
print(v)
print(repr(v))
print([v, Version(0, 9)])
print(f"{v} {v!r}")
print(v == Version(1, 2), v != Version(1, 3), v < Version(2, 0), v > Version(0, 1))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 2)]))
print(max(Version(3, 1), Version(3, 4)))
print(v + 3, bool(Version(0, 1)), bool(v))
print(len({Version(1, 2), Version(1, 2)}))


class Plain:
    pass


print(Plain() == Plain(), str(Plain()).startswith("<__main__.Plain object at "))
