# Queue put/get order and sizes.
import asyncio

async def main():
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    print([await q.get() for _ in range(3)], q.empty())
    lifo = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lifo.put_nowait(x)
        pq.put_nowait((x, f"p{x}"))
    print([lifo.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

asyncio.run(main())
