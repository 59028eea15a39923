import asyncio


def on_done(fut):
    print("callback saw", fut.result())


async def resolve_later(fut, value, delay=0.2):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.create_task(resolve_later(fut, {"answer": 42}))
    value = await fut
    print("awaited", value["answer"])
    loop.call_later(0.1, print, "call_later fired")
    loop.call_soon(lambda: print("call_soon fired"))
    await asyncio.sleep(0.2)
    print(loop.time() > 0)

asyncio.run(main())
