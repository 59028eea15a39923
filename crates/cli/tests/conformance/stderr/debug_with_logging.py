# A tutorial's way to see asyncio's debug output: logging at DEBUG level
# and asyncio.run(..., debug=True).
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG)


async def blocking():
    time.sleep(0.3)
    return "done"


async def main():
    print(await blocking())

asyncio.run(main(), debug=True)
