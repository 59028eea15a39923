# create_task with and without name=; default names count Task-1, Task-2, ...
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="second")
    t3 = asyncio.create_task(job(3))
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    print(t3.get_name())
    print(await t1, await t2, await t3)


asyncio.run(main())
