# Callbacks that raise, in debug mode: each handle's report says where the
# handle was made.
import asyncio


def boom(n):
    raise ValueError(n)


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop.call_soon(boom, 1)))
    loop.call_later(0.01, boom, 2)
    await asyncio.sleep(0.05)

asyncio.run(main(), debug=True)
