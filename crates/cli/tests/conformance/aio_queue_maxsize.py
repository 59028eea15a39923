# A bounded queue makes the producer wait for the consumer.
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "size", q.qsize())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.1)
        item = await q.get()
        print("got", item)

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print(q.full(), q.empty())

asyncio.run(main())
