# try/except/else/finally, raise from, custom exceptions.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key

def lookup(key):
    if key == "x":
        raise NotFound(key)
    return key.upper()

for k in ["a", "x"]:
    try:
        v = lookup(k)
    except AppError as e:
        print("error:", e, repr(e), e.key, isinstance(e, Exception))
    else:
        print("value:", v)
    finally:
        print("done", k)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)

try:
    int("nope")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(f())
try:
    raise KeyError("k")
except LookupError as e:
    print("caught", repr(e), e.args)
e = Exception("a", 2)
print(e, repr(e), e.args, str(Exception()), repr(RuntimeError()))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as err:
    print("re-raised", err)
