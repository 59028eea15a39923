# gather returns results in argument order, not in completion order.
import asyncio
import time


async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finished", name)
    return name


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("medium", 0.2))
    print(results, f"{time.perf_counter() - start:.1f}")
    print(await asyncio.gather())
    task = asyncio.create_task(job("task", 0.05))
    print(await asyncio.gather(task, job("coro", 0.1)))


asyncio.run(main())
