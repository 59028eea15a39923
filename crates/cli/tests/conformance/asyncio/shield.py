# shield protects the inner task from the cancellation of its awaiter.
import asyncio


async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"


async def waiter(inner):
    return await asyncio.shield(inner)


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except asyncio.TimeoutError:
        print("gave up waiting; inner cancelled?", inner.cancelled())
    print(await inner)
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.05)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print(await inner)
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except TimeoutError:
        print("never: inner is already done")
    print("done")


asyncio.run(main())
