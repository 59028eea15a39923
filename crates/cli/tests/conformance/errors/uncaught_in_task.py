# An exception inside a task awaited by main propagates to asyncio.run.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ConnectionError(f"page {n} unreachable")
    return n


async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in range(3)]
    for t in tasks:
        print("got", await t)


asyncio.run(main())
