# asyncio.wait without a timeout waits for every task.
import asyncio
import time


async def job(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    tasks = [asyncio.create_task(job(s), name=f"job-{s}s") for s in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
