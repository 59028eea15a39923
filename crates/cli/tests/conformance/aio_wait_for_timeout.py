# wait_for cancels the awaited task on timeout and raises TimeoutError.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    return "never"

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out", asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.05, "quick"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, "none"), timeout=None))

asyncio.run(main())
