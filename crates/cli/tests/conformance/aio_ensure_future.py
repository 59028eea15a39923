# ensure_future wraps coroutines and passes futures through.
import asyncio

async def f():
    return "f"

async def main():
    t = asyncio.ensure_future(f())
    print(type(t).__name__, asyncio.ensure_future(t) is t, await t)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result(None)

asyncio.run(main())
