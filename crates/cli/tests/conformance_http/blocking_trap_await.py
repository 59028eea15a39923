# Lesson 10's trap: a Response is not awaitable, and wrapping a blocking call
# in another coroutine does not make it overlap: five calls of 0.3 s take 1.5 s.
import asyncio
import time

import requests

SITE = "http://127.0.0.1:8090"


async def fetch(n):
    return requests.get(SITE + "/delay/300").status_code


async def wrapped(n):
    return await fetch(n)


async def main():
    try:
        await requests.get(SITE + "/delay/100")
    except TypeError as e:
        print("TypeError:", e)
    start = time.perf_counter()
    print(await asyncio.gather(*(wrapped(n) for n in range(5))))
    half_seconds = int((time.perf_counter() - start) * 2 + 0.5)
    print("five wrapped blocking calls take", half_seconds / 2, "s")


asyncio.run(main())
