# as_completed yields awaitables in completion order.
import asyncio
import time


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    start = time.perf_counter()
    jobs = [job("c", 0.3), job("a", 0.1), job("b", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        name = await next_done
        print(name, f"{time.perf_counter() - start:.1f}")
    try:
        for next_done in asyncio.as_completed([job("late", 0.5)], timeout=0.1):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
