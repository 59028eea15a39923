# Awaiting something that is not awaitable raises TypeError.
import asyncio


def not_async():
    return 42


async def main():
    try:
        await not_async()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await "text"
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    await 3


asyncio.run(main())
