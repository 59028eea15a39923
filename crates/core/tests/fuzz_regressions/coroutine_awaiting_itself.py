# A coroutine that awaits itself after each sleep, stopped by the budget
# with thousands of them nested (dropping the chain overflowed the stack).
import asyncio


async def worker():
    await asyncio.sleep(1)
    await worker()

asyncio.run(worker())
