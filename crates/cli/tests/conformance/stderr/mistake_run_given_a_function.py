# Uncaught, as a learner meets it: CPython's traceback goes through asyncio's
# own files (tasks.py, queues.py, timeouts.py, taskgroups.py, runners.py).
import asyncio
async def main():
    print("hi")
asyncio.run(main)
