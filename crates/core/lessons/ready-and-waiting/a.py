# Tasks that never wait: each runs to its end before the next one starts.
import asyncio
import time


async def busy(name):
    total = 0
    for i in range(3):
        total += i
        print(f"{name} step {i}")
    return total


async def main():
    results = await asyncio.gather(busy("A"), busy("B"), busy("C"))
    print(results)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
