# Forgetting await: the coroutine is created and thrown away, and CPython warns.
import asyncio
import time


async def save(record):
    await asyncio.sleep(1)
    print("saved", record)


async def main():
    save("order-1")
    print("main thinks it saved the order")


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
