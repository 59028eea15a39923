# The same counts as coroutines: while one sleeps, the others run.
import asyncio
import time


async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


start = time.perf_counter()
asyncio.run(main())
print(f"executed in {time.perf_counter() - start:.1f} seconds.")
