from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def parse(value):
    return Color(value)


print(parse(1), parse(2))
print(parse(3))
