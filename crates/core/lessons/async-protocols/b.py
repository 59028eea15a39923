# The asynchronous ones: __aiter__/__anext__ (async for) and __aenter__/__aexit__ (async with).
import asyncio
import time


class Pages:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.5)
        return f"page {self.i}"


class Connection:
    async def __aenter__(self):
        print("connect")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect")


async def reader(name):
    async with Connection():
        async for page in Pages(3):
            print(name, "read", page)


async def main():
    await asyncio.gather(reader("A"), reader("B"))


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
