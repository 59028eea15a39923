# add_done_callback: called with the task when it ends, via call_soon.
import asyncio


def on_done(task):
    if task.cancelled():
        print("callback:", task.get_name(), "cancelled")
    elif task.exception():
        print("callback:", task.get_name(), "failed with", repr(task.exception()))
    else:
        print("callback:", task.get_name(), "returned", task.result())


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("oops")
    return delay


async def main():
    a = asyncio.create_task(job(0.05), name="a")
    b = asyncio.create_task(job(0.1, fail=True), name="b")
    c = asyncio.create_task(job(1), name="c")
    for t in (a, b, c):
        t.add_done_callback(on_done)
    a.add_done_callback(lambda t: print("second callback on a"))
    await asyncio.sleep(0.15)
    c.cancel()
    await asyncio.sleep(0)
    print("main: c.done() =", c.done())
    await asyncio.sleep(0)
    done = asyncio.create_task(job(0))
    await done
    done.add_done_callback(on_done)
    print("added to a finished task")
    await asyncio.sleep(0)


asyncio.run(main())
