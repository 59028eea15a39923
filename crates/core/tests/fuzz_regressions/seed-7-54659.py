# playground fuzz --seed 7 : case 54659: abort
# signal: 11 (SIGSEGV)
# Awaiting coroutines directly: worker 2 only starts after worker 1 ends.
import asyncio
import time


async def worker(n, seconds):
    print(f"worker {n} starts")
    await asyncio.sleep(seconds)
    print(f"worker {n} ends")
    await worker(1, 1)

async def main():
    print("main starts")

    print("main resumes after worker 1")
    await worker(2, 2)
    print("main ends")


start = time.perf_counter()
asyncio.run(main())
print(f"to {time.perf_counter() - start:.1f} s")