# asyncio.wait with timeout= returns at the timeout without cancelling;
# with ALL_COMPLETED (the default) it waits for everything.
import asyncio
import time


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    start = time.perf_counter()
    tasks = {asyncio.create_task(job(d)) for d in (0.1, 0.2, 0.5)}
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(sorted(t.result() for t in done), len(pending), f"{time.perf_counter() - start:.1f}")
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), f"{time.perf_counter() - start:.1f}")
    done, pending = await asyncio.wait(tasks, timeout=0)
    print(len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
