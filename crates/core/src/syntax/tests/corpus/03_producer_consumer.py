import asyncio
import random


async def producer(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        item = random.randint(1, 100)
        await queue.put((i, item))
        print(f"produced #{i}: {item:>4}")
        await asyncio.sleep(random.random() / 10)
    await queue.put(None)


async def consumer(queue, name="consumer"):
    total = 0
    while True:
        entry = await queue.get()
        if entry is None:
            queue.task_done()
            break
        index, value = entry
        total += value
        print(f"{name} got #{index} -> running total {total}")
        queue.task_done()
    return total


async def main():
    queue = asyncio.Queue(maxsize=3)
    prod = asyncio.create_task(producer(queue, 10))
    cons = asyncio.create_task(consumer(queue, name="c1"))
    await asyncio.gather(prod)
    total = await cons
    print(f"done: {total=}")


if __name__ == "__main__":
    asyncio.run(main())
