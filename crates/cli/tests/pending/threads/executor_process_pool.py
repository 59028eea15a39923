# run_in_executor with a ProcessPoolExecutor: CPU-bound calls run in other
# processes while the coroutine awaits them.
import asyncio
import concurrent.futures
import os


def cpu_work(n):
    return sum(i * i for i in range(n)), os.getpid() != PARENT


PARENT = os.getpid()


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu_work, n) for n in (10, 100, 1000)))
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
