# A worker thread must not touch asyncio objects directly: it schedules
# the change with loop.call_soon_threadsafe, and the loop runs it.
import asyncio
import threading
import time


def worker(loop, future, queue):
    for i in range(3):
        time.sleep(0.1)
        loop.call_soon_threadsafe(queue.put_nowait, f"progress {i}")
    loop.call_soon_threadsafe(future.set_result, "worker finished")


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    queue = asyncio.Queue()
    threading.Thread(target=worker, args=(loop, future, queue)).start()
    for _ in range(3):
        print(await queue.get())
    print(await future)
    handle = loop.call_soon_threadsafe(print, "called from the loop")
    print(type(handle).__name__)
    await asyncio.sleep(0)


asyncio.run(main())
