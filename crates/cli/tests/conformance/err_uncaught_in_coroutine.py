# An exception raised inside a task propagates out of asyncio.run.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ConnectionError(f"page {n} failed")
    return n

async def main():
    results = await asyncio.gather(fetch(1), fetch(2))
    print(results)

asyncio.run(main())
