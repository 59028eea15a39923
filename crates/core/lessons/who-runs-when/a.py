# Awaiting coroutines directly: worker 2 only starts after worker 1 ends.
import asyncio
import time


async def worker(n, seconds):
    print(f"worker {n} starts")
    await asyncio.sleep(seconds)
    print(f"worker {n} ends")


async def main():
    print("main starts")
    await worker(1, 1)
    print("main resumes after worker 1")
    await worker(2, 2)
    print("main ends")


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
