# Cancelling the future returned by gather cancels every child.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(child(n)) for n in range(3)]
    group = asyncio.gather(*tasks)
    await asyncio.sleep(0.05)
    print("cancel returns", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    print([t.cancelled() for t in tasks], group.cancelled())


asyncio.run(main())
