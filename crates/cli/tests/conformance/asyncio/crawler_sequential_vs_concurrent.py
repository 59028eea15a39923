# Simulated page fetches: awaiting one by one vs. gathering them.
import asyncio
import time


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"{url}: {int(delay * 1000)} ms"


PAGES = [("/a", 0.1), ("/b", 0.2), ("/c", 0.3)]


async def sequential():
    return [await fetch(url, d) for url, d in PAGES]


async def concurrent():
    return await asyncio.gather(*(fetch(url, d) for url, d in PAGES))


for version in (sequential, concurrent):
    start = time.perf_counter()
    pages = asyncio.run(version())
    print(version.__name__, pages, f"{time.perf_counter() - start:.1f} s")
