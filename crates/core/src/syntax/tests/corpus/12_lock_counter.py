import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = asyncio.Lock()

    async def increment(self, times):
        for _ in range(times):
            async with self._lock:
                current = self.value
                await asyncio.sleep(0)
                self.value = current + 1


async def main():
    c = Counter()
    await asyncio.gather(c.increment(100), c.increment(100), c.increment(50))
    print("final:", c.value)
    assert c.value == 250

asyncio.run(main())
