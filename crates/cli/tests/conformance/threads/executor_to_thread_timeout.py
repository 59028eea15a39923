# wait_for around to_thread: the coroutine gives up after the timeout, but
# a thread cannot be cancelled, so it keeps running, and asyncio.run
# waits for it when it shuts the default executor down.
import asyncio
import time


def stubborn():
    time.sleep(0.6)
    print("thread finished at", round(time.perf_counter() - start, 1), "s")


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(stubborn), timeout=0.2)
    except asyncio.TimeoutError:
        print("gave up waiting at", round(time.perf_counter() - start, 1), "s")


start = time.perf_counter()
asyncio.run(main())
print("asyncio.run returned at", round(time.perf_counter() - start, 1), "s")
