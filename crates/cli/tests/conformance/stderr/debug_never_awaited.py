# CPython's asyncio-dev docs, "Debug Mode": a coroutine called but never
# awaited, with where it was created.
import asyncio


async def test():
    print("never scheduled")


async def main():
    test()

asyncio.run(main(), debug=True)
