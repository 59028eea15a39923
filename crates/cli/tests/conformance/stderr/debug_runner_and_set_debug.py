# Debug mode turned on by asyncio.Runner(debug=True) and by
# loop.set_debug(True); futures and tasks made then say where.
import asyncio


async def child(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    me = asyncio.current_task()
    print(repr(me))
    t = asyncio.ensure_future(child(3))
    print(repr(t))
    await t
    loop = asyncio.get_running_loop()
    t2 = loop.create_task(child(4))
    print(repr(t2))
    await t2
    s = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(repr(s))
    s.cancel()
    print(repr(loop.call_soon(print, "hi")))
    await asyncio.sleep(0)

with asyncio.Runner(debug=True) as runner:
    runner.run(main())

loop = asyncio.new_event_loop()
print(loop)
loop.set_debug(True)
print(loop.get_debug(), loop)
loop.run_until_complete(main())
loop.close()
print(loop)
