# TaskGroup waits for all its tasks.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    print("job", n)
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in (3, 1, 2)]
        print("all started")
    print([t.result() for t in tasks])

asyncio.run(main())
