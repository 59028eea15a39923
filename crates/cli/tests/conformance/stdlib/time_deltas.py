# time.time, perf_counter and monotonic deltas, rounded.
import asyncio
import time

t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
time.sleep(0.2)
print(f"{time.time() - t0:.1f} {time.perf_counter() - p0:.1f} {time.monotonic() - m0:.1f}")
print(type(time.time()).__name__, time.time() > 1_600_000_000)
print(time.perf_counter() >= p0, time.monotonic() >= m0)


async def main():
    start = time.perf_counter()
    await asyncio.sleep(0.1)
    mid = time.perf_counter()
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    print(f"{mid - start:.1f} {time.perf_counter() - start:.1f}")


asyncio.run(main())
print(f"{time.perf_counter() - p0:.1f}")
