# asyncio.sleep(delay, result=...) returns the result; sleep(0) yields once.
import asyncio
import time


async def main():
    start = time.monotonic()
    value = await asyncio.sleep(0.1, result="payload")
    print(value, f"{time.monotonic() - start:.1f}")
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1, result="negative delay is like 0"))


asyncio.run(main())
