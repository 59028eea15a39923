# match statements as tutorials write them: class patterns over a dataclass
# (keywords, positions, guards), sequences with a star, or-patterns with as,
# mappings with **rest, literals, enums, None and bool, a queue consumer
# matching messages, a tuple subject; match and case stay usable as names.
import asyncio
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case (0, 0) | [0, 0]:
            return "origin as a sequence"
        case (x, y, *rest):
            return f"x={x} y={y} rest={rest}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (0, 0), [1, 2, 3, 4], "xy", 7]:
    print(where(p))


def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking up {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for line in ["go north", "go up", "pick up sword shield", "pick up", "exit", "", "dance now"]:
    print(repr(line), "->", command(line))


def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": "color", "value": Color.RED}:
            return "red!"
        case {"type": t}:
            return f"other event {t}"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case bool(b):
            return f"flag {b}"
        case None:
            return "nothing"
        case str() as s:
            return f"text {s.upper()}"
        case {}:
            return "empty mapping"
    return "no case"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "shift": True},
          {"type": "color", "value": Color.RED}, {"type": "color", "value": Color.GREEN},
          150, 2.5, 101.5, True, None, "hi", {}, {"x": 1}, [1]]:
    print(event(e))


async def worker(q):
    while True:
        match await q.get():
            case ("add", a, b):
                print("sum", a + b)
            case ("stop",):
                print("stopping")
                return
            case other:
                print("unknown", other)


async def main():
    q = asyncio.Queue()
    for m in [("add", 1, 2), ("mul", 2, 3), ("stop",)]:
        await q.put(m)
    await worker(q)


asyncio.run(main())

match 3, 4:
    case a, b:
        print("tuple subject", a, b)
status = 404
match status:
    case 200 | 201:
        print("ok")
    case 400 | 404 as code:
        print("client error", code)
match -1.5:
    case -1.5:
        print("negative literal")
match "b" "c":
    case "bc":
        print("implicit concatenation")
match = {"match": 1}
print(match["match"])
case = 2
print(case)
