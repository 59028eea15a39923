# Debug mode times every step: a task or callback holding the loop for
# 0.1 s or more is reported with the task's repr, "created at" included.
import asyncio
import time


def busy_callback(seconds):
    time.sleep(seconds)


async def slow(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop)
    task = asyncio.create_task(slow(0.2))
    print(repr(task))
    print(await task)
    print(repr(task))
    loop.call_soon(busy_callback, 0.15)
    loop.call_soon(busy_callback, 0.01)
    await asyncio.sleep(0.05)
    print(repr(loop.create_future()))
    time.sleep(0.12)

asyncio.run(main(), debug=True)
