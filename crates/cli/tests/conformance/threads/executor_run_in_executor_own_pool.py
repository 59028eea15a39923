# run_in_executor with a pool of our own: two named threads serve four
# blocking calls in two waves, while the coroutine only awaits.
import asyncio
import concurrent.futures
import threading
import time


def blocking(n):
    time.sleep(0.3)
    return n, threading.current_thread().name.split("_")[0]


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="io") as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in range(4)))
    print(results)
    print(f"four calls on two threads: {round(time.perf_counter() - start, 1)} s")
    fut = loop.run_in_executor(None, blocking, 9)
    print(type(fut).__name__, "from run_in_executor")
    print(await fut)


asyncio.run(main())
