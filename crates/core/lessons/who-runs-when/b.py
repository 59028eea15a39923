# Tasks start as soon as main pauses: both workers run together.
import asyncio
import time


async def worker(n, seconds):
    print(f"worker {n} starts")
    await asyncio.sleep(seconds)
    print(f"worker {n} ends")


async def main():
    print("main starts")
    task1 = asyncio.create_task(worker(1, 1))
    task2 = asyncio.create_task(worker(2, 2))
    await task1
    print("main resumes after worker 1")
    await task2
    print("main ends")


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
