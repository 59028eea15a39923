# try / except / else / finally, tuples of exception types, `as`.
def attempt(value):
    try:
        result = 10 / int(value)
    except (ValueError, ZeroDivisionError) as e:
        print("  caught", type(e).__name__, "-", e)
        return "failed"
    else:
        print("  no exception, result", result)
        return "ok"
    finally:
        print("  finally always runs")


for v in ["5", "0", "x"]:
    print(v, "->", attempt(v))

try:
    [][1]
except KeyError:
    print("not this one")
except LookupError as e:
    print("LookupError catches IndexError:", e)

try:
    raise RuntimeError("boom")
except Exception as e:
    print("caught", repr(e))
    print("args", e.args)


def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before the return")


print(finally_overrides())

try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)

try:
    raise KeyError("k")
except KeyError as e:
    print("KeyError str:", e, "repr:", repr(e))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e = "still here"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("name e exists after except?", "e" in dir())
