# A Semaphore(2) lets requests through in waves of two.
import asyncio, time

async def fetch(sem, n, start):
    async with sem:
        print(f"{n} starts at {time.perf_counter() - start:.1f}")
        await asyncio.sleep(0.2)

async def main():
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    await asyncio.gather(*(fetch(sem, n, start) for n in range(5)))
    print(f"total {time.perf_counter() - start:.1f}")
    b = asyncio.BoundedSemaphore(1)
    async with b:
        pass
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
