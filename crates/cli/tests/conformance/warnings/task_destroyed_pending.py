# A task still pending when its loop is closed and dropped:
# "Task was destroyed but it is pending!" on stderr.
import asyncio


async def forever():
    await asyncio.sleep(10)


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print("main returns while the task is pending")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("loop closed")
