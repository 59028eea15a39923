# wait(return_when=FIRST_EXCEPTION)
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d

async def main():
    tasks = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2, True)), asyncio.create_task(job(0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print(t.exception())
    await asyncio.wait(pending)
    print(tasks[2].result())

asyncio.run(main())
