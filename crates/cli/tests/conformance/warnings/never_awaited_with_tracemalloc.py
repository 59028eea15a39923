# With tracemalloc tracing, a never-awaited coroutine's warning says where
# it was made instead of suggesting tracemalloc.
import asyncio
import tracemalloc

tracemalloc.start()


async def fetch(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    fetch(1)
    await asyncio.sleep(0.02)
    print("done")

asyncio.run(main())
