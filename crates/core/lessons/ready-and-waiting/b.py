# Tasks that wait: the loop moves each to the waiting set and runs a ready one.
import asyncio
import time


async def polite(name, pause):
    total = 0
    for i in range(3):
        total += i
        print(f"{name} step {i}")
        await asyncio.sleep(pause)
    return total


async def main():
    results = await asyncio.gather(polite("A", 0.5), polite("B", 0.3), polite("C", 0.2))
    print(results)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
