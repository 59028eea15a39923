# A class deriving from str: its methods return plain strs; joins, 'in',
# dict keys, re and formatting take it as its text; __new__ adding
# attributes; a (str, Enum) mixin.
import re
from enum import Enum


class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("hello")
print(t, repr(t), t.shout(), len(t), t[1:3], t.upper(), type(t.upper()).__name__)
print(isinstance(t, str), type(t).__name__, t == "hello", "hello" == t, t != "x")
print(t + " world", "say " + t, t * 2, f"[{t:>8}]", "%s!" % t, "{}?".format(t))
print("-".join([t, "x", Tag("y")]), "ell" in t, t in "oh hello there", t.startswith("he"))
print(sorted([Tag("b"), "a", Tag("c")]), {t: 1}["hello"], {"hello": 2}[t], hash(t) == hash("hello"))
print(re.findall(r"l+", t), re.sub("l", "L", t), t.split("l"), list(t))
print(str(t), type(str(t)).__name__, t.replace("l", "w"), t.encode())


class Version(str):
    def __new__(cls, text):
        obj = super().__new__(cls, text.strip())
        obj.parts = tuple(int(p) for p in obj.split("."))
        return obj

    def __lt__(self, other):
        return self.parts < Version(other).parts


vs = [Version("1.10.0"), Version(" 1.2.3 "), Version("1.9")]
print(sorted(vs), vs[1].parts, max(vs), vs[0] < "2.0")


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED, Color.RED.value, Color("green"), Color.RED == "red")
print([c.value for c in Color], Color.GREEN.upper(), f"{Color.RED.value}")
