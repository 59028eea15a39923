# A new task takes its first step on a later loop turn, in FIFO order.
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(step("a", 3))
    b = asyncio.create_task(step("b", 2))
    print("tasks created, nothing printed yet")
    c = asyncio.create_task(step("c", 1))
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.gather(a, b, c)
    print("all done")
    asyncio.create_task(step("d", 1))
    print("main does not yield: d waits")
    await step("main", 2)


asyncio.run(main())
