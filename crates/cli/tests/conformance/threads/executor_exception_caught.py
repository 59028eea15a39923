# Catching an executor's exception in the coroutine that awaits it, and
# gather(return_exceptions=True) over several blocking calls.
import asyncio
import time


def parse(text):
    time.sleep(0.1)
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, parse, "12x")
    except ValueError as e:
        print("caught:", e)
    results = await asyncio.gather(
        *(asyncio.to_thread(parse, t) for t in ["1", "two", "3"]),
        return_exceptions=True,
    )
    print(results)


asyncio.run(main())
