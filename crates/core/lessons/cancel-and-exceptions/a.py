# Without return_exceptions, the first error ends the gather.
import asyncio
import time


async def worker_1():
    await asyncio.sleep(1)
    return 1


async def worker_2():
    await asyncio.sleep(2)
    return 2 / 0


async def worker_3():
    await asyncio.sleep(3)
    return 3


async def main():
    try:
        results = await asyncio.gather(worker_1(), worker_2(), worker_3())
        print(results)
    except ZeroDivisionError as e:
        print("gather raised:", repr(e))


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
