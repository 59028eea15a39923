# asyncio.PriorityQueue and queue.PriorityQueue are heaps: items that
# compare equal come out in the heap's order, not in the order they were
# put, and the queue's repr shows the heap as it is.
import asyncio
import itertools
import queue
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def main():
    q = asyncio.PriorityQueue()
    for p, name in zip(itertools.cycle([3, 1, 2]), "abcdefghij"):
        q.put_nowait(Job(p, name))
    print(q)
    print("".join(q.get_nowait().name for _ in range(q.qsize())))

    tq = queue.PriorityQueue()
    for p, name in zip(itertools.cycle([2, 2, 1]), "abcdefghij"):
        tq.put(Job(p, name))
    print("".join(tq.get().name for _ in range(tq.qsize())))


asyncio.run(main())
