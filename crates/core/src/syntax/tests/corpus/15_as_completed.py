import asyncio
import random

random.seed(42)


async def download(url):
    delay = random.uniform(0.1, 1.0)
    await asyncio.sleep(delay)
    return url, round(delay, 2)


async def main():
    urls = [f"https://example.com/page/{n}" for n in range(1, 6)]
    coros = [download(u) for u in urls]
    for i, fut in enumerate(asyncio.as_completed(coros), start=1):
        url, took = await fut
        print(f"{i:2d}. {url:<30} {took:>5}s")

asyncio.run(main())
