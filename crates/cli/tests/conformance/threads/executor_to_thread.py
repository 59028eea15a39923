# asyncio.to_thread(fn, *args, **kwargs) is the short way to run a blocking
# function in a thread; several of them overlap.
import asyncio
import threading
import time


def blocking_io(name, seconds=0.5):
    time.sleep(seconds)
    return f"{name} done in thread {threading.current_thread() is not threading.main_thread()}"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a"),
        asyncio.to_thread(blocking_io, "b", seconds=0.3),
        asyncio.to_thread(blocking_io, name="c"),
    )
    print(results)
    print(f"three blocking calls took {round(time.perf_counter() - start, 1)} s")


asyncio.run(main())
