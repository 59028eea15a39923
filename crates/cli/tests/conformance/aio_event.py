# Waiters block until an Event is set.
import asyncio

async def waiter(ev, n):
    print("waiter", n, "waiting")
    await ev.wait()
    print("waiter", n, "released")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
