# asyncio.wait with return_when=FIRST_EXCEPTION; exceptions stay in the tasks.
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(delay)
    return delay


async def main():
    tasks = [
        asyncio.create_task(job(0.1), name="ok-fast"),
        asyncio.create_task(job(0.2, fail=True), name="fails"),
        asyncio.create_task(job(0.4), name="ok-slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done", sorted(t.get_name() for t in done))
    print("pending", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks)
    print("after cancel:", len(done), len(pending), tasks[2].cancelled())


asyncio.run(main())
