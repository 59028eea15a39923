# The same blocking function called directly inside the coroutine: the
# event loop is stuck in it for 1 s, and the ticker freezes.
import asyncio
import time


def blocking_work(x):
    time.sleep(1)
    return x * 2


async def ticker():
    for _ in range(6):
        print(f"tick at {time.perf_counter() - start:.1f} s")
        await asyncio.sleep(0.2)


async def main():
    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0.1)
    value = blocking_work(21)
    print(f"result {value} at {time.perf_counter() - start:.1f} s")
    await ticking


start = time.perf_counter()
asyncio.run(main())
print(f"called directly: {time.perf_counter() - start:.1f} s")
