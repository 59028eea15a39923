# join() waits until task_done() has been called for every item.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "handled", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for delay in (0.1, 0.05, 0.12, 0.03):
        q.put_nowait(delay)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all handled, unfinished left:", q.qsize())
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
