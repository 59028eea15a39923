# Timers fire in deadline order; equal delays fire in the order they were set.
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)


async def main():
    await asyncio.gather(
        sleeper("a", 0.2),
        sleeper("b", 0.1),
        sleeper("c", 0.2),
        sleeper("d", 0.1),
        sleeper("e", 0),
        sleeper("f", 0.15),
    )


asyncio.run(main())
