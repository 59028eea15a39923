# Task reprs for cancelled and failed tasks.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def divide():
    return 1 / 0


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    t.cancel()
    print(t)
    await asyncio.sleep(0)
    print(t)
    d = asyncio.create_task(divide(), name="divide")
    await asyncio.sleep(0)
    print(d)
    d.exception()


asyncio.run(main())
