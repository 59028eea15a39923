# Two producers and two consumers share a queue; main cancels the consumers at the end.
import asyncio
import random
import time


async def produce(name, queue):
    for _ in range(3):
        value = random.randint(1, 10)
        await asyncio.sleep(random.random())
        await queue.put(value)
        print(f"{name} produced {value}")


async def consume(name, queue):
    while True:
        value = await queue.get()
        await asyncio.sleep(random.random())
        print(f"{name} consumed {value}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    producers = [asyncio.create_task(produce(f"producer-{i}", queue)) for i in (1, 2)]
    consumers = [asyncio.create_task(consume(f"consumer-{i}", queue)) for i in (1, 2)]
    await asyncio.gather(*producers)
    await queue.join()
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*producers, *consumers, return_exceptions=True)
    print(results)


random.seed(17)
start = time.perf_counter()
asyncio.run(main())
print(f"took about {time.perf_counter() - start:.0f} s")
