# asyncio hands CPU-bound work to a process pool: the ticker keeps ticking
# while the processes work.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(n):
    time.sleep(0.3)
    return sum(range(n))


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as pool:
        start = time.perf_counter()
        results = await asyncio.gather(
            loop.run_in_executor(pool, crunch, 10),
            loop.run_in_executor(pool, crunch, 100),
            ticker(),
        )
        print(results, round(time.perf_counter() - start, 1), "s")


asyncio.run(main())
