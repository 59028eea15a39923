# Members of enums mixed with str, int or float are instances of that type:
# found as dict keys by their value, with the type's methods, operators,
# formatting and JSON; IntFlag, StrEnum's checks, a mixin __new__ of its own.
from enum import Enum, StrEnum, IntEnum, auto
import json

class Color(str, Enum):
    RED = "red"
    GREEN = "green"

class Mode(StrEnum):
    FAST = auto()
    SLOW = auto()

print(isinstance(Color.RED, str), isinstance(Mode.FAST, str))
d = {"red": 1, "fast": 2}
print(d[Color.RED], d[Mode.FAST])
print({Color.RED: 1}["red"], {Mode.FAST: 3}["fast"])
print(Color.RED == "red", Mode.FAST == "fast", "red" == Color.RED)
print(Color.RED.upper(), Mode.FAST.upper(), len(Mode.SLOW))
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED))
print(repr(Mode.FAST), str(Mode.FAST), f"{Mode.FAST}")
print(Color("red"), Mode("slow"))
print(json.dumps({"c": Color.RED, "m": Mode.FAST}))
print(Color.RED + "!", "x" + Mode.FAST)
print(sorted([Mode.SLOW, Mode.FAST]))
print(Color.RED.value, Color.RED.name, type(Color.RED.value))
print(hash(Color.RED) == hash("red"))
print("e" in Color.RED, Color.RED.startswith("r"), Color.RED[0])
print(set(["red"]) & {Color.RED})
class P(IntEnum):
    A = 1
print(P.A + 1, isinstance(P.A, int), [10, 20][P.A], json.dumps(P.A))
print("%s %d" % (Mode.FAST, P.A))
print(Color.RED.split("e"), ",".join([Color.RED, Mode.FAST]))

import copy
from enum import Flag, IntFlag

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R + 1, Perm.R in rw, ~Perm.R, isinstance(rw, int), rw == 6, str(Perm.X), format(Perm.W, "03d"), list(rw))
print(Perm(7), repr(Perm(0)), Perm.R & 6, 5 | Perm.W, bool(Perm(0)))

class Shape(Flag):
    A = auto()
    B = auto()
print(Shape.A | Shape.B, repr(Shape.A), Shape(3))

class Planet(float, Enum):
    EARTH = 9.8
    MARS = 3.7
print(Planet.EARTH * 2, Planet.MARS < Planet.EARTH, repr(Planet.EARTH), str(Planet.MARS), round(Planet.EARTH))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404), repr(Status.OK), f"{Status.OK}", Status.OK == 200, Status.OK.name, max(Status), Status.OK / 2, divmod(Status.NOT_FOUND, 100), hex(Status.OK), "%d" % Status.OK, "%s" % Status.OK)
print(sorted({Status.OK: 1, 200: 2}.items()), Status.OK in {200}, 404 in list(Status))

class Lvl(StrEnum):
    DEBUG = auto()
    INFO = "info"
print(Lvl.DEBUG, repr(Lvl.INFO), Lvl("debug"), Lvl.INFO.value, Lvl.DEBUG.upper(), Lvl.INFO.title(), f"[{Lvl.INFO:>6}]", list(Lvl))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)

class Coin(str, Enum):
    def __new__(cls, value, cents):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.cents = cents
        return obj
    PENNY = ("penny", 1)
    DIME = ("dime", 10)
print(Coin.DIME, Coin.DIME.cents, Coin("penny"), Coin.PENNY.upper(), Coin.PENNY == "penny")

print(copy.copy(Lvl.INFO) is Lvl.INFO, copy.deepcopy(Status.OK) is Status.OK)
Animal = Enum("Animal", "ANT BEE")
print(Animal.BEE, Animal(1), list(Animal))
Num = IntEnum("Num", ["ONE", "TWO"])
print(Num.TWO + 1, repr(Num.ONE))
print(Lvl.INFO.__class__, type(Status.OK).__mro__[:2], Status.__members__)
print(json.dumps([Lvl.INFO, Status.OK, Planet.MARS]))
print(Lvl.INFO.value.__class__, Status.OK.value.__class__, isinstance(Planet.MARS, float))
print(Status.OK.bit_length(), Status.OK.real, Lvl.INFO.replace("i", "I"), Lvl.INFO.encode())
d = {}
d[Lvl.INFO] = 1
d["info"] += 1
print(d, hash(Status.OK) == hash(200))
print(dir(Status.OK)[:3] if False else "ok", str(Status), Lvl.INFO is Lvl("info"))
