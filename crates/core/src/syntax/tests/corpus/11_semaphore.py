import asyncio

sem = asyncio.Semaphore(2)
active = 0
peak = 0


async def worker(i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"worker {i} start (active={active})")
        await asyncio.sleep(0.1 * (i % 3 + 1))
        active -= 1
    return i


async def main():
    done = await asyncio.gather(*(worker(i) for i in range(6)))
    print(done, "peak", peak)

asyncio.run(main())
