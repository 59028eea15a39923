# An uncaught exception from a task awaited by main: the traceback
# goes through the coroutines, and the program exits with status 1.
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def load(texts):
    return await asyncio.gather(*(parse(t) for t in texts))


async def main():
    print(await load(["1", "2"]))
    print(await load(["3", "four"]))


asyncio.run(main())
