# Without callbacks: wait for the result, then handle it.
import asyncio
import time


async def download(page):
    await asyncio.sleep(1)
    return f"<html of {page}>"


async def main():
    html = await download("index")
    print("handled:", html)


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
