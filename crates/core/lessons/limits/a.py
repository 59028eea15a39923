# Twelve requests to a slow site (0.5 s a page), all at once.
import asyncio
import time

import aiohttp

SITE = "http://127.0.0.1:8090"


async def fetch(session, n, start):
    async with session.get(f"{SITE}/detail/{n}?delay=500") as response:
        await response.text()
    return round(time.perf_counter() - start, 1)


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        done = await asyncio.gather(*(fetch(session, n, start) for n in range(1, 13)))
    print("answered at", sorted(set(done)), "s")
    print(f"12 requests took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
