# Task methods: done, result, exception, cancelled, get_coro.
import asyncio

async def value():
    await asyncio.sleep(0.05)
    return "v"

async def broken():
    await asyncio.sleep(0.05)
    raise LookupError("lost")

async def main():
    a = asyncio.create_task(value())
    b = asyncio.create_task(broken())
    print(a.done(), b.done())
    try:
        a.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.1)
    print(a.done(), a.result(), a.exception(), a.cancelled())
    print(repr(b.exception()), b.done())
    try:
        b.result()
    except LookupError as e:
        print("LookupError:", e)
    print(asyncio.iscoroutine(a.get_coro()), isinstance(a, asyncio.Future), isinstance(a, asyncio.Task))

asyncio.run(main())
