# asyncio.run inside a running loop raises RuntimeError (and the inner
# coroutine, never awaited, produces a RuntimeWarning).
import asyncio


async def inner():
    return 1


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
