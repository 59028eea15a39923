# Async iterators and async context managers.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.i += 1
        return self.i

class Session:
    async def __aenter__(self):
        print("open")
        await asyncio.sleep(0.01)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None)
        return False

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

async def main():
    async for t in Ticker(3):
        print("tick", t)
    async with Session() as s:
        print("using", type(s).__name__)
    try:
        async with Session():
            raise KeyError("x")
    except KeyError:
        print("propagated")
    print([x async for x in agen(3)])
    print([await asyncio.sleep(0, i) for i in range(3)])

asyncio.run(main())
