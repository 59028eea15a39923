# The same blocking function called directly inside a coroutine: the
# event loop is stuck, the ticker freezes until the call returns.
import asyncio
import time


def blocking_download(name):
    time.sleep(1)
    return f"{name}: 1024 bytes"


async def ticker():
    for i in range(4):
        print(f"tick {i} at {round(time.perf_counter() - start, 1)} s")
        await asyncio.sleep(0.3)


async def main():
    global start
    start = time.perf_counter()
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    result = blocking_download("report.pdf")
    print(result, "at", round(time.perf_counter() - start, 1), "s")
    await tick


asyncio.run(main())
