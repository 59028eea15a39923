# asyncio.run_coroutine_threadsafe submits a coroutine to a loop running in
# another thread and gives back a concurrent.futures.Future to wait on.
import asyncio
import threading
import time


async def add_later(a, b):
    await asyncio.sleep(0.2)
    return a + b


def from_a_thread(loop, results):
    future = asyncio.run_coroutine_threadsafe(add_later(2, 3), loop)
    results.append(type(future).__module__)
    results.append(future.result(timeout=5))


async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=from_a_thread, args=(loop, results))
    t.start()
    for i in range(3):
        print("loop still free, tick", i)
        await asyncio.sleep(0.15)
    await asyncio.to_thread(t.join)
    print(results)


asyncio.run(main())
