# A blocking function (it sleeps 1 s, then returns a value) handed to the
# default thread pool with loop.run_in_executor: while it runs in its
# thread, the event loop keeps the ticker ticking.
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
    loop = asyncio.get_running_loop()
    value = await loop.run_in_executor(None, blocking_work, 21)
    print(f"result {value} at {time.perf_counter() - start:.1f} s")
    await ticking


start = time.perf_counter()
asyncio.run(main())
print(f"run_in_executor: {time.perf_counter() - start:.1f} s")
