# Without return_exceptions, gather raises the first exception;
# the other awaitables are not cancelled and keep running.
import asyncio


async def ok(n):
    await asyncio.sleep(0.1 * n)
    print("ok", n, "finished")
    return n


async def fail():
    await asyncio.sleep(0.15)
    raise RuntimeError("failed at 0.15 s")


async def main():
    slow = asyncio.create_task(ok(3))
    try:
        await asyncio.gather(ok(1), fail(), ok(2), slow)
    except RuntimeError as e:
        print("gather raised:", e)
    print("slow done?", slow.done())
    print("slow result:", await slow)


asyncio.run(main())
