import asyncio


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} woke up")


async def setter(event, delay):
    await asyncio.sleep(delay)
    print("setting event")
    event.set()


async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await setter(event, 0.5)
    await asyncio.gather(*waiters)
    print("is set:", event.is_set())

asyncio.run(main())
