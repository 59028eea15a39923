# Tasks referred to weakly, as asyncio's own task registry refers to them.
import asyncio, weakref

async def work(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    tasks = weakref.WeakSet()
    keep = [asyncio.create_task(work(i)) for i in range(3)]
    for t in keep:
        tasks.add(t)
    print(len(tasks))
    r = weakref.ref(keep[0])
    print(await asyncio.gather(*keep), r() is keep[0])
    del keep, t
    print(r(), len(tasks))

asyncio.run(main())
