# aiohttp: while one request waits for its answer, the loop sends the others.
import asyncio
import time

import aiohttp

SITE = "http://127.0.0.1:8090"


async def fetch(session, n):
    print(f"request {n} sent")
    async with session.get(f"{SITE}/detail/{n}?delay={900 + 40 * n}") as response:
        print(f"response {n}: {response.status}")


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch(session, n) for n in range(1, 6)))
    print(f"5 requests took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
