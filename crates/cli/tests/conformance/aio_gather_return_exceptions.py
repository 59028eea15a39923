# Exceptions and cancellations as results.
import asyncio

async def work(n, delay):
    await asyncio.sleep(delay)
    if n == 2:
        return 1 / 0
    return n

async def main():
    t1 = asyncio.create_task(work(1, 0.1))
    t2 = asyncio.create_task(work(2, 0.2))
    t3 = asyncio.create_task(work(3, 0.3))
    await asyncio.sleep(0.2)
    t3.cancel()
    results = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results], t3.cancelled(), t2.done())

asyncio.run(main())
