import asyncio

x: int
y: float = 1.5
names: list[str] = []
point = {"x": 1}
point["y"]: int = 2


def annotated(a: int, b: "str" = "s", *args: int, c: bool = False, **kw: object) -> None:
    pass


def positional(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f


def no_args(): return None


class Empty: pass


class WithDoc:
    "docstring"
    value = 1; other = 2


if x := 0: pass
elif y > 1: print("elif")
else: print("else")

for i in range(2): print(i)
while False: pass
with open(__file__) as fh, open(__file__): fh.read(1)
try: pass
except Exception: pass
finally: pass

lst = [1, 2, 3]
lst[0] = lst[1] = 5
obj = type("O", (), {})()
obj.attr = 3
del obj.attr, lst[0]
a = b = c = None
print(positional(1, 2, 3, e=5), no_args(), Empty, WithDoc.value, ...)
raise SystemExit(0) if False else None
