# With await, the save really happens.
import asyncio
import time


async def save(record):
    await asyncio.sleep(1)
    print("saved", record)


async def main():
    await save("order-1")
    print("main knows the order is saved")


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
