# A full queue makes put() wait; an empty queue makes get() wait.
import asyncio


async def producer(q):
    for i in range(4):
        print("putting", i)
        await q.put(i)
        print("put", i)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)
        if item is None:
            break
        await asyncio.sleep(0.05)


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
