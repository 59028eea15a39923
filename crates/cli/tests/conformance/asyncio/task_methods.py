# Task methods: done, result, exception, cancel, cancelled, get_name.
import asyncio


async def ok():
    await asyncio.sleep(0.05)
    return "value"


async def bad():
    await asyncio.sleep(0.05)
    raise LookupError("nope")


async def forever():
    await asyncio.sleep(10)


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(forever())
    print(t1.done(), t1.cancelled())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.1)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except LookupError as e:
        print("result() re-raises", repr(e))
    print(t3.cancel(), t3.cancelled(), t3.done())
    await asyncio.sleep(0)
    print(t3.cancelled(), t3.done(), t3.cancel())
    try:
        t3.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")
    print(t1.cancel())
    print(asyncio.iscoroutine(t1.get_coro()), isinstance(t1, asyncio.Future), isinstance(t1, asyncio.Task))


asyncio.run(main())
