# Uncaught, as a learner meets it: CPython's traceback goes through asyncio's
# own files (tasks.py, queues.py, timeouts.py, taskgroups.py, runners.py).
import asyncio
async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bad {n}")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))
asyncio.run(main())
