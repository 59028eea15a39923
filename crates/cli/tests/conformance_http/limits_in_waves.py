# Limits: a connector with limit=3, then a Semaphore(2): requests go in waves.
import asyncio
import time

import aiohttp

SITE = "http://127.0.0.1:8090"


async def main():
    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=3)) as session:
        async def get(n):
            async with session.get(SITE + "/delay/300") as resp:
                await resp.text()
                return n, round(time.perf_counter() - start, 1)

        done = await asyncio.gather(*(get(n) for n in range(9)))
        print("answered at", sorted({t for _, t in done}), "s, in order", [n for n, _ in done])

    start = time.perf_counter()
    gate = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        async def polite(n):
            async with gate:
                async with session.get(SITE + "/delay/300") as resp:
                    await resp.read()
            return round(time.perf_counter() - start, 1)

        print("answered at", sorted(await asyncio.gather(*(polite(n) for n in range(6)))), "s")


asyncio.run(main())
