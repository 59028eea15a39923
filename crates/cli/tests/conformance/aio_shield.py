# shield keeps the inner task running when the outer wait is cancelled.
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.1)
    except asyncio.TimeoutError:
        print("gave up waiting", inner.cancelled())
    print(await inner)

asyncio.run(main())
