# Cancellation arrives at the suspended await; finally blocks run.
import asyncio

async def worker():
    try:
        print("working")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise
    finally:
        print("cleanup")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main sees CancelledError", t.cancelled(), t.done())
    print(t.cancel())

asyncio.run(main())
