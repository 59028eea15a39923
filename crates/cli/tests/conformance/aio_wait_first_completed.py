# wait(return_when=FIRST_COMPLETED)
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = {asyncio.create_task(job(d)) for d in (0.3, 0.1, 0.2)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(all(t.cancelled() for t in pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
