# A coroutine function given to call_soon: the coroutine its call makes is
# dropped inside the loop's Handle._run, where the warning points; one in
# a for loop's tuple warns on the for line.
import asyncio


async def coro():
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(coro)
    await asyncio.sleep(0.01)
    for item in (coro(), 1):
        pass
    print("after the loop")

asyncio.run(main())
