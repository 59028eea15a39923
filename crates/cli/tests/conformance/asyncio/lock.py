# Lock: only one task at a time inside `async with lock`.
import asyncio


async def use(name, lock):
    print(name, "waiting, locked =", lock.locked())
    async with lock:
        print(name, "acquired")
        await asyncio.sleep(0.05)
        print(name, "releasing")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use("a", lock), use("b", lock), use("c", lock))
    print("locked at the end:", lock.locked())
    await lock.acquire()
    print("acquired by hand:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
