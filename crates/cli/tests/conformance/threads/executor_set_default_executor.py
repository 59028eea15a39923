# loop.set_default_executor replaces the pool that run_in_executor(None,
# ...) and to_thread use. The default one names its threads asyncio_N.
import asyncio
import concurrent.futures
import threading
import time


def whoami():
    time.sleep(0.1)
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print("default pool:", await loop.run_in_executor(None, whoami))
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine"))
    print("after set_default_executor:", await loop.run_in_executor(None, whoami))
    print("to_thread uses it too:", await asyncio.to_thread(whoami))
    start = time.perf_counter()
    await asyncio.gather(*(loop.run_in_executor(None, whoami) for _ in range(3)))
    print(f"one worker, three calls: {round(time.perf_counter() - start, 1)} s")
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
