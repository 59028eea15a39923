# Two workers started as tasks before main awaits them.
import asyncio, time

async def worker(n, d, start):
    print(f"worker {n} starts at {time.perf_counter() - start:.1f}")
    await asyncio.sleep(d)
    print(f"worker {n} ends at {time.perf_counter() - start:.1f}")

async def main():
    start = time.perf_counter()
    t1 = asyncio.create_task(worker(1, 0.1, start))
    t2 = asyncio.create_task(worker(2, 0.2, start))
    print("main first")
    await t1
    print(f"main resumes at {time.perf_counter() - start:.1f}")
    await t2
    print("main ends")

asyncio.run(main())
