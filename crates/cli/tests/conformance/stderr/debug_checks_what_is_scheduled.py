# Debug mode refuses a coroutine or a non-callable given to call_soon or
# call_later, and call_soon from a thread other than the loop's (which
# call_soon_threadsafe allows).
import asyncio
import threading


async def coro():
    pass


async def main():
    loop = asyncio.get_running_loop()
    for cb in (coro, coro(), 42):
        try:
            loop.call_soon(cb)
        except TypeError as e:
            print("TypeError:", e)
    try:
        loop.call_later(1, coro)
    except TypeError as e:
        print("TypeError:", e)
    errors = []

    def from_thread():
        try:
            loop.call_soon(print, "from thread")
        except RuntimeError as e:
            errors.append(e)
        loop.call_soon_threadsafe(print, "threadsafe")
    t = threading.Thread(target=from_thread)
    t.start()
    await asyncio.sleep(0.1)
    t.join()
    print(errors)

asyncio.run(main(), debug=True)
