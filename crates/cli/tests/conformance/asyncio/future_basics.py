# Futures: set_result, set_exception, await, add_done_callback.
import asyncio


def report(fut):
    print("callback: done =", fut.done())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report)
    print("done before:", fut.done())
    loop.call_later(0.05, fut.set_result, "hello")
    print("awaited:", await fut)
    print(fut.result(), fut.exception())

    bad = loop.create_future()
    bad.set_exception(ValueError("broken"))
    try:
        await bad
    except ValueError as e:
        print("await raised", repr(e))
    print(repr(bad.exception()))

    f = asyncio.Future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    c = loop.create_future()
    print(c.cancel(), c.cancelled(), c.done())
    await asyncio.sleep(0)


asyncio.run(main())
