# Semaphore(2): at most two tasks inside at once, so they run in waves.
import asyncio
import time


async def job(n, sem, start):
    async with sem:
        print(f"{time.perf_counter() - start:.1f} job {n} starts")
        await asyncio.sleep(0.1)
    return n


async def main():
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    results = await asyncio.gather(*(job(n, sem, start) for n in range(5)))
    print(results, f"{time.perf_counter() - start:.1f}")
    print(sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        pass
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
