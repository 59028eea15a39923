# A lock serialises a critical section.
import asyncio

lock = None
log = []

async def critical(name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.05)
        log.append(f"{name} out")

async def main():
    global lock
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(critical(n) for n in "abc"))
    print(log, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
