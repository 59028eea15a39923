# The main task cancelled from a callback: asyncio.run raises
# CancelledError, shown with its full name asyncio.exceptions.CancelledError.
import asyncio


async def main():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.05, task.cancel)
    print("main waits")
    await asyncio.sleep(1)
    print("never")


asyncio.run(main())
