# Producers and consumers with a seeded random source.
import asyncio, random

async def produce(q, name):
    for _ in range(3):
        v = random.randint(1, 10)
        await asyncio.sleep(random.random() / 2)
        await q.put((name, v))
        print(f"{name} produced {v}")

async def consume(q, name):
    while True:
        who, v = await q.get()
        await asyncio.sleep(v / 20)
        print(f"{name} consumed {v} from {who}")
        q.task_done()

async def main():
    random.seed(24)
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(q, f"P{i}")) for i in range(2)]
    consumers = [asyncio.create_task(consume(q, f"C{i}")) for i in range(2)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    print(await asyncio.gather(*consumers, return_exceptions=True))

asyncio.run(main())
