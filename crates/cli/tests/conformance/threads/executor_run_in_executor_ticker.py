# loop.run_in_executor(None, fn, arg) runs a blocking function in the
# default thread pool; the event loop stays free, so the ticker keeps
# ticking while the blocking call sleeps.
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
    loop = asyncio.get_running_loop()
    tick = asyncio.create_task(ticker())
    result = await loop.run_in_executor(None, blocking_download, "report.pdf")
    print(result, "at", round(time.perf_counter() - start, 1), "s")
    await tick


asyncio.run(main())
