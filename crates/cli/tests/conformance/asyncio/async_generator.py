# Async generators, async for and async comprehensions.
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


async def main():
    async for t in ticks(3):
        print("tick", t)
    print([t async for t in ticks(4) if t % 2 == 0])
    gen = ticks(2)
    print(type(gen).__name__)
    print(await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
