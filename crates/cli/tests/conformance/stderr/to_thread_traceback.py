# A function run by asyncio.to_thread raises: the traceback goes through
# asyncio/threads.py (to_thread) and the pool's thread.py (run).
import asyncio
import time


def blocking(n):
    time.sleep(0.1)
    raise ValueError(n)


async def main():
    await asyncio.to_thread(blocking, 1)

asyncio.run(main())
