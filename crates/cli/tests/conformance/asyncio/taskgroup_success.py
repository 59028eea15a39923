# TaskGroup (3.11) waits for all its tasks on leaving the block.
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    print("job", n, "done")
    return n * n


async def main():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(job(n)) for n in (3, 1, 2)]
        print("tasks created, none finished:", [t.done() for t in tasks])
    print("after the block:", [t.result() for t in tasks])


asyncio.run(main())
