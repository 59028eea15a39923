# return_exceptions=True puts exceptions in the result list.
import asyncio


async def ok(n):
    await asyncio.sleep(0.05 * n)
    return n


async def fail(n):
    await asyncio.sleep(0.05 * n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), fail(2), ok(3), fail(4), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, isinstance(r, Exception))
    t1 = asyncio.create_task(ok(1))
    t2 = asyncio.create_task(ok(10))
    await asyncio.sleep(0.1)
    t2.cancel()
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    print(results, [type(r).__name__ for r in results], t2.cancelled())


asyncio.run(main())
