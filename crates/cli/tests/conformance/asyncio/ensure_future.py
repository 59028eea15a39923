# ensure_future wraps a coroutine in a task and returns tasks/futures unchanged.
import asyncio


async def job():
    await asyncio.sleep(0.05)
    return "job done"


async def main():
    task = asyncio.ensure_future(job())
    print(type(task).__name__, task.done())
    print(asyncio.ensure_future(task) is task)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result("future done")
    print(await task, await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
