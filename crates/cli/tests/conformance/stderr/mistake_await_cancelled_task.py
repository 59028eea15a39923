# Uncaught, as a learner meets it: CPython's traceback goes through asyncio's
# own files (tasks.py, queues.py, timeouts.py, taskgroups.py, runners.py).
import asyncio
async def slow():
    await asyncio.sleep(5)
async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t.cancel()
    await t
asyncio.run(main())
