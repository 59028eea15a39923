# iscoroutine / iscoroutinefunction and isfuture.
import asyncio


async def coro_fn():
    return 1


def plain_fn():
    return 1


c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain_fn()), asyncio.iscoroutine(coro_fn))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain_fn))
print(type(c).__name__, c.__name__ if hasattr(c, "__name__") else "?")
print(asyncio.run(c))


async def main():
    t = asyncio.create_task(coro_fn())
    print(asyncio.isfuture(t), asyncio.isfuture(c), asyncio.iscoroutine(t))
    await t


asyncio.run(main())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
d = coro_fn()
try:
    d.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
