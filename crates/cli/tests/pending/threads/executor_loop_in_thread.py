# An event loop running forever in a background thread; the main thread
# hands it coroutines with run_coroutine_threadsafe, then stops it with
# call_soon_threadsafe(loop.stop).
import asyncio
import threading
import time


async def fetch(page):
    await asyncio.sleep(0.3)
    return f"page {page}"


loop = asyncio.new_event_loop()
runner = threading.Thread(target=loop.run_forever, name="loop-thread")
runner.start()
start = time.perf_counter()
futures = [asyncio.run_coroutine_threadsafe(fetch(p), loop) for p in range(1, 4)]
print([f.result() for f in futures])
print(f"three fetches took {round(time.perf_counter() - start, 1)} s")
loop.call_soon_threadsafe(loop.stop)
runner.join()
print("loop running:", loop.is_running())
loop.close()
print("closed:", loop.is_closed())
