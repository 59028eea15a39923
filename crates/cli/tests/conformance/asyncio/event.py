# Event: waiters block until set(); clear() resets it.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2")]
    await asyncio.sleep(0.05)
    print("setting")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    print(await event.wait())
    event.clear()
    print("after clear:", event.is_set())


asyncio.run(main())
