# call_soon callbacks run FIFO, interleaved with task steps.
import asyncio

def cb(tag):
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_soon(cb, 2)
    asyncio.create_task(asyncio.sleep(0))
    loop.call_soon(cb, 3)
    print("scheduled")
    await asyncio.sleep(0)
    print("main resumed")
    h = loop.call_soon(cb, "cancelled")
    h.cancel()
    await asyncio.sleep(0)
    print("done", h.cancelled())

asyncio.run(main())
