# repr() and str() of exceptions.
import asyncio

errors = [
    ZeroDivisionError("division by zero"),
    ValueError("bad value", 42),
    KeyError("missing"),
    IndexError(),
    RuntimeError(""),
    asyncio.CancelledError(),
    asyncio.CancelledError("with message"),
    asyncio.TimeoutError(),
    asyncio.InvalidStateError("state"),
    StopIteration(5),
    TypeError("t"),
    Exception(None),
]
for e in errors:
    print(repr(e), "|", str(e), "|", e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    {}[("a", 1)]
except KeyError as e:
    print(repr(e), str(e))
print([ValueError("in a list")])
print(f"{ValueError('f-string')!r} {ValueError('f-string')}")
