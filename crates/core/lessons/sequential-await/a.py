# Awaiting each crawl in turn is still one after another: 1 + 2 + 3 + 4 s.
import asyncio
import time


async def crawl_page(url, seconds):
    print(f"crawling {url}")
    await asyncio.sleep(seconds)
    print(f"OK {url}")


async def main():
    for i in range(1, 5):
        await crawl_page(f"url_{i}", i)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
