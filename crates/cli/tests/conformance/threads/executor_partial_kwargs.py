# run_in_executor passes positional arguments only; keyword arguments go
# through functools.partial, as the asyncio docs show.
import asyncio
import functools
import time


def download(url, *, timeout, retries=0):
    time.sleep(0.1)
    return f"{url} (timeout={timeout}, retries={retries})"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(download, "a.html", timeout=5)))
    print(await loop.run_in_executor(None, functools.partial(download, timeout=1, retries=3), "b.html"))
    try:
        await loop.run_in_executor(None, download, "c.html")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
