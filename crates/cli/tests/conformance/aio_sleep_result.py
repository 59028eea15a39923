# sleep returns its result argument; elapsed time adds up.
import asyncio, time

async def main():
    t = time.perf_counter()
    v = await asyncio.sleep(0.2, result="value")
    w = await asyncio.sleep(0)
    print(v, w, f"{time.perf_counter() - t:.1f}")

asyncio.run(main())
