# iscoroutine / iscoroutinefunction and coroutine objects.
import asyncio

async def a():
    return 1

def b():
    return 2

c = a()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(b()), asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(b))
print(type(c).__name__, asyncio.run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
d = a()
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
