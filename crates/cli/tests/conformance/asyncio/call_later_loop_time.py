# call_later / call_at and loop.time() deltas.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def tick(name):
        print(name, f"at {loop.time() - start:.1f}")

    loop.call_later(0.2, tick, "second")
    loop.call_later(0.1, tick, "first")
    loop.call_at(start + 0.3, tick, "third")
    handle = loop.call_later(0.15, tick, "never")
    handle.cancel()
    await asyncio.sleep(0.4)
    print(f"slept {loop.time() - start:.1f}")
    print(type(loop.time()).__name__)


asyncio.run(main())
