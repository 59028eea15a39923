# The blocking trap: requests inside coroutines holds the whole event loop,
# so the tasks' waits add up; with aiohttp they overlap.
import asyncio
import time

import aiohttp
import requests

SITE = "http://127.0.0.1:8090"


async def blocking(n):
    print("task", n, "starts")
    requests.get(SITE + "/delay/%d" % (200 + 100 * n))
    print("task", n, "done")


async def cooperative(session, n):
    print("task", n, "starts")
    async with session.get(SITE + "/delay/%d" % (200 + 100 * n)) as resp:
        await resp.text()
    print("task", n, "done")


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(blocking(n) for n in range(3)))
    print("with requests:", round(time.perf_counter() - start, 1), "s")
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(cooperative(session, n) for n in range(3)))
    print("with aiohttp:", round(time.perf_counter() - start, 1), "s")


asyncio.run(main())
