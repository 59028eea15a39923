# call_later and call_at run in time order; loop.time() moves with the sleeps.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for d in (0.3, 0.1, 0.2):
        loop.call_later(d, lambda d=d: print("timer", d, f"{loop.time() - start:.1f}"))
    loop.call_at(start + 0.15, print, "call_at")
    h = loop.call_later(0.05, print, "never")
    h.cancel()
    await asyncio.sleep(0.4)
    print(f"{loop.time() - start:.1f}")

asyncio.run(main())
