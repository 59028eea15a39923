import asyncio


class Ticker:
    """Yields numbers with a delay between them."""

    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


async def ticker_gen(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    async for i in Ticker(0.1, 5):
        print(i, end=" ")
    print()
    squares = [i * i async for i in ticker_gen(0.05, 4)]
    evens = {i async for i in ticker_gen(0, 10) if i % 2 == 0}
    print(squares, evens)


asyncio.run(main())
