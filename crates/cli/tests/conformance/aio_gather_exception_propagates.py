# Without return_exceptions the first exception propagates; other tasks go on.
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    print("ok finished", d)
    return d

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def main():
    try:
        await asyncio.gather(ok(0.2), bad(), ok(0.05))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.2)
    print("end")

asyncio.run(main())
