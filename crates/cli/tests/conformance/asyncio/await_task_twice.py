# A task can be awaited many times; a coroutine only once.
import asyncio


async def value():
    await asyncio.sleep(0.01)
    return 7


async def main():
    task = asyncio.create_task(value())
    print(await task, await task)
    print(await asyncio.gather(task, task))
    coro = value()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
