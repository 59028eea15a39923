# Future reprs: pending, finished with a result or an exception, cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result([1, 2])
    print(f)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(g)
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(h)
    print(asyncio.Future)


asyncio.run(main())
