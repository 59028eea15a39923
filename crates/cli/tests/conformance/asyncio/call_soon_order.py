# call_soon callbacks run in FIFO order, interleaved with task steps.
import asyncio


def callback(name):
    print("callback", name)


async def task(name):
    print("task", name, "step 1")
    await asyncio.sleep(0)
    print("task", name, "step 2")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "first")
    asyncio.create_task(task("A"))
    loop.call_soon(callback, "second")
    asyncio.create_task(task("B"))
    loop.call_soon(callback, "third")
    print("main before await")
    await asyncio.sleep(0)
    print("main after one turn")
    await asyncio.sleep(0)
    print("main after two turns")
    handle = loop.call_soon(callback, "cancelled")
    handle.cancel()
    await asyncio.sleep(0)
    print(handle.cancelled())


asyncio.run(main())
