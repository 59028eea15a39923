# time.sleep inside a coroutine blocks every task: the timestamps
# show the three tasks running one after another.
import asyncio
import time

start = time.perf_counter()


async def blocking(name):
    print(f"{time.perf_counter() - start:.1f} {name} start")
    time.sleep(0.2)
    print(f"{time.perf_counter() - start:.1f} {name} end")


async def polite(name):
    print(f"{time.perf_counter() - start:.1f} {name} start")
    await asyncio.sleep(0.2)
    print(f"{time.perf_counter() - start:.1f} {name} end")


async def main():
    await asyncio.gather(blocking("b1"), blocking("b2"), blocking("b3"))
    await asyncio.gather(polite("p1"), polite("p2"), polite("p3"))
    print(f"total {time.perf_counter() - start:.1f}")


asyncio.run(main())
