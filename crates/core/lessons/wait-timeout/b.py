# With timeout=1.5 wait returns early; the pending tasks keep running.
import asyncio
import time


async def job(seconds):
    await asyncio.sleep(seconds)
    print(f"job {seconds} s finished at {time.perf_counter() - start:.1f}")
    return seconds


async def main():
    tasks = [asyncio.create_task(job(s), name=f"job-{s}s") for s in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)
    print("the pending ones finished too")


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
