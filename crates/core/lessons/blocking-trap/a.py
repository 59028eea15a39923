# requests inside async def: each call holds the whole event loop, so the
# five requests go one after another.
import asyncio
import time

import requests

SITE = "http://127.0.0.1:8090"


async def fetch(n):
    print(f"request {n} sent")
    response = requests.get(f"{SITE}/detail/{n}?delay={900 + 40 * n}")
    print(f"response {n}: {response.status_code}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(fetch(n) for n in range(1, 6)))
    print(f"5 requests took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
