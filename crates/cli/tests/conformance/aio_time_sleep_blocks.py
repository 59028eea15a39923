# time.sleep inside coroutines blocks the whole loop: no overlap.
import asyncio, time

async def blocker(n, start):
    print(f"{n} starts at {time.perf_counter() - start:.1f}")
    time.sleep(0.2)
    print(f"{n} ends at {time.perf_counter() - start:.1f}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(*(blocker(n, start) for n in range(3)))
    print(f"total {time.perf_counter() - start:.1f}")

asyncio.run(main())
