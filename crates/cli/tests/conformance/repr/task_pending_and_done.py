# Task reprs while pending, while waiting, and when finished.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.05)
    return a + b


async def main():
    t = asyncio.create_task(add(1, 2))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    named = asyncio.create_task(add("x", "y"), name="adder")
    await named
    print(named)
    print(repr(asyncio.current_task()).startswith("<Task pending name='Task-1' coro=<main() running at "))


asyncio.run(main())
