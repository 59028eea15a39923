# Five blocking calls of 0.4 s through run_in_executor: the default pool
# has min(32, cpu_count + 4) threads, so all five run at once.
import asyncio
import time


def blocking(n):
    time.sleep(0.4)
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    print(await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in range(5))))
    print(f"took {round(time.perf_counter() - start, 1)} s")
    start = time.perf_counter()
    for n in range(3):
        await loop.run_in_executor(None, blocking, n)
    print(f"awaited one at a time: {round(time.perf_counter() - start, 1)} s")


asyncio.run(main())
