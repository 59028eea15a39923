# join() waits until every item is marked done.
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "did", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for d in (0.2, 0.1, 0.1, 0.3):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all done")
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))

asyncio.run(main())
