# A callback that raises: its traceback starts in the event loop's
# Handle._run, as CPython's does.
import asyncio


def boom(n):
    raise ValueError(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom, 1)
    loop.call_later(0.01, boom, 2)
    await asyncio.sleep(0.05)

asyncio.run(main())
