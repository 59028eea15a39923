# A task still pending when the loop is closed is destroyed, and CPython says so.
import asyncio

async def forever():
    await asyncio.sleep(10)

async def quick():
    await asyncio.sleep(0.05)
    return "quick"

loop = asyncio.new_event_loop()
t = loop.create_task(forever())
print(loop.run_until_complete(quick()))
loop.close()
print("closed")
