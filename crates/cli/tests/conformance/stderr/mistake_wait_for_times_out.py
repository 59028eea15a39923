# Uncaught, as a learner meets it: CPython's traceback goes through asyncio's
# own files (tasks.py, queues.py, timeouts.py, taskgroups.py, runners.py).
import asyncio
async def slow():
    await asyncio.sleep(5)
async def main():
    await asyncio.wait_for(slow(), timeout=0.1)
asyncio.run(main())
