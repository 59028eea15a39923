# CancelledError is a BaseException: `except Exception` does not catch it.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not reached")
    return "finished"

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)

asyncio.run(main())
