# 100,000 tasks each awaiting asyncio.sleep(1), gathered.
import asyncio


async def sleeper(i):
    await asyncio.sleep(1)
    return i


async def main():
    results = await asyncio.gather(*(sleeper(i) for i in range(100_000)))
    print(len(results), sum(results))


asyncio.run(main())
