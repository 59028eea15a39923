# The old style: a loop of one's own, run_until_complete raising.
import asyncio


async def fetch(url):
    await asyncio.sleep(0.05)
    raise ConnectionError(f"cannot reach {url}")


async def main():
    await fetch("example.com")

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
