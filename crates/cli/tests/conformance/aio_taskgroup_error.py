# A failing task cancels its siblings; errors come out as an ExceptionGroup.
import asyncio

async def job(n):
    try:
        await asyncio.sleep(0.1 * n)
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise
    if n == 2:
        raise ValueError("job 2 failed")
    print("job", n, "done")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 3):
                tg.create_task(job(n))
    except ExceptionGroup as eg:
        print("group:", eg, [repr(e) for e in eg.exceptions])

asyncio.run(main())
