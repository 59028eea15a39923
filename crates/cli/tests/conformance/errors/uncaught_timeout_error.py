# An uncaught wait_for timeout: the traceback chains the CancelledError
# of the inner task to the TimeoutError.
import asyncio


async def slow_query():
    await asyncio.sleep(1)


async def main():
    print("querying")
    await asyncio.wait_for(slow_query(), timeout=0.05)


asyncio.run(main())
