# Create all the tasks first, then await them: they overlap, 4 s in all.
import asyncio
import time


async def crawl_page(url, seconds):
    print(f"crawling {url}")
    await asyncio.sleep(seconds)
    print(f"OK {url}")


async def main():
    tasks = [asyncio.create_task(crawl_page(f"url_{i}", i)) for i in range(1, 5)]
    for task in tasks:
        await task


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
