# Queue: maxsize, put/get, the *_nowait forms, QueueEmpty/QueueFull, sizes.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put("a")
    q.put_nowait("b")
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    unbounded = asyncio.Queue()
    for i in range(100):
        unbounded.put_nowait(i)
    print(unbounded.maxsize, unbounded.qsize(), unbounded.full())
    print(issubclass(asyncio.QueueEmpty, Exception))
    lifo = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lifo.put_nowait(x)
        await pq.put((x, f"p{x}"))
    print([lifo.get_nowait() for _ in range(3)], [await pq.get() for _ in range(3)])


asyncio.run(main())
