# Older tutorials drive the loop by hand: new_event_loop,
# run_until_complete, and run_in_executor on that loop.
import asyncio
import time


def blocking(n):
    time.sleep(0.2)
    return n + 1


async def main(loop):
    futures = [loop.run_in_executor(None, blocking, n) for n in range(3)]
    return await asyncio.gather(*futures)


start = time.perf_counter()
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    print(loop.run_until_complete(main(loop)))
finally:
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
print(f"took {round(time.perf_counter() - start, 1)} s")
