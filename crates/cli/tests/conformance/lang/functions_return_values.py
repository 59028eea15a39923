# Implicit None, multiple return values, early return, docstrings.
def nothing():
    pass


def pair():
    return 1, "one"


def first_negative(values):
    """Return the first negative value, or None."""
    for v in values:
        if v < 0:
            return v


print(nothing(), pair(), type(pair()).__name__)
number, word = pair()
print(number, word)
print(first_negative([3, -1, -5]), first_negative([1]))
print(first_negative.__doc__)
print(nothing.__doc__, nothing.__name__)


def early(n):
    if n > 0:
        return "positive"
    print("falls through")


print(early(1), early(-1))
print((lambda: None)() is None)
