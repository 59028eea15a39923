# gather returns results in argument order, whatever the finishing order.
import asyncio, time

async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    t = time.perf_counter()
    res = await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2))
    print(res, f"{time.perf_counter() - t:.1f}")
    print(await asyncio.gather())

asyncio.run(main())
