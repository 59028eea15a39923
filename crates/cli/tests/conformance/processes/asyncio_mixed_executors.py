# asyncio with a thread (to_thread) and a process pool side by side.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def blocking(label, seconds):
    time.sleep(seconds)
    return label


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        results = await asyncio.gather(
            asyncio.to_thread(blocking, "thread", 0.3),
            loop.run_in_executor(pool, blocking, "process 1", 0.3),
            loop.run_in_executor(pool, blocking, "process 2", 0.3),
        )
    print(results)
    print("together in", round(time.perf_counter() - start, 1), "s")


if __name__ == "__main__":
    asyncio.run(main())
