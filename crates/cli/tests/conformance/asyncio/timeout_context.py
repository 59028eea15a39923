# asyncio.timeout() (new in 3.11) as an async context manager.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
            print("never")
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.05)
        print("in time; expired:", cm.expired())
    print("after the block:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup inside the block")
    except TimeoutError as e:
        print("caught", repr(e))


asyncio.run(main())
