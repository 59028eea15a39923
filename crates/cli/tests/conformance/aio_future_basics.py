# Futures: set_result, set_exception, callbacks, awaiting.
import asyncio

async def resolve_later(fut, value):
    await asyncio.sleep(0.1)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut)
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    asyncio.create_task(resolve_later(fut, 42))
    print(await fut, fut.done(), fut)
    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    try:
        await bad
    except KeyError as e:
        print("KeyError", e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError")
    pending = loop.create_future()
    try:
        pending.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    pending.cancel()
    print(pending.cancelled(), pending)
    await asyncio.sleep(0)

asyncio.run(main())
