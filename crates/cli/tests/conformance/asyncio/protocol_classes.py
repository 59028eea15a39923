# Classes with __aiter__/__anext__ and __aenter__/__aexit__.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.n -= 1
        return self.n + 1


class Connection:
    async def __aenter__(self):
        print("connect")
        await asyncio.sleep(0.01)
        return "conn"

    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async for n in Countdown(3):
        print(n)
    async with Connection() as c:
        print("using", c)
    async with Connection():
        raise KeyError("suppressed by __aexit__")
    print("after suppressed error")


asyncio.run(main())
