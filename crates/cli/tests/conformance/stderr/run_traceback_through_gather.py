# An error in a gathered coroutine, uncaught: CPython's traceback goes
# through asyncio.run's runner and run_until_complete before the program's.
import asyncio


async def work(n):
    await asyncio.sleep(0.1)
    return 10 / n


async def main():
    print(await asyncio.gather(work(1), work(0)))

asyncio.run(main())
