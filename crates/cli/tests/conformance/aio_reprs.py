# Reprs of coroutines, tasks and futures before, during and after running.
import asyncio

async def job():
    await asyncio.sleep(0.05)
    return 7

async def main():
    coro = job()
    print(coro)
    t = asyncio.create_task(coro)
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1, 2])
    print(f)

asyncio.run(main())
