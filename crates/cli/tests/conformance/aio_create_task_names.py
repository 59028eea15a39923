# Task names: Task-N by creation order, or given.
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(noop())
    n = asyncio.create_task(noop(), name="named")
    print(asyncio.current_task().get_name(), t.get_name(), n.get_name())
    n.set_name("renamed")
    await asyncio.gather(t, n)
    print(n.get_name(), t.done())

asyncio.run(main())
