# asyncio.timeout() (3.11) cancels the block and raises TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("block timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.05)
    print("in time", cm.expired())

asyncio.run(main())
