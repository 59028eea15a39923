# The same ten pages with asyncio and aiohttp: all ten requests wait at
# the same time.
import asyncio
import re
import time

import aiohttp

SITE = "http://127.0.0.1:8090"
TITLE = re.compile(r"<title>(.*?)</title>")


async def fetch(session, n):
    async with session.get(f"{SITE}/detail/{n}?delay=500") as response:
        return TITLE.search(await response.text()).group(1)


async def main():
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, n) for n in range(1, 11)))


start = time.perf_counter()
titles = asyncio.run(main())
print(len(titles), "pages:", ", ".join(titles[:3]), "...")
print(f"asyncio: {time.perf_counter() - start:.1f} s")
