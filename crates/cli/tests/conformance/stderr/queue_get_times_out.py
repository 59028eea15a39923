# Uncaught, as a learner meets it: CPython's traceback goes through asyncio's
# own files (tasks.py, queues.py, timeouts.py, taskgroups.py, runners.py).
import asyncio
async def worker(q):
    while True:
        item = await q.get()
        print(item)
        q.task_done()
async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await q.join()
    await asyncio.wait_for(q.get(), 0.1)
asyncio.run(main())
