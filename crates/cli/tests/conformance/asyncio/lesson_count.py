# count/sleep, synchronous and asynchronous in one program.
import asyncio, time

def count_sync():
    print("One")
    time.sleep(0.2)
    print("Two")

async def count():
    print("One")
    await asyncio.sleep(0.2)
    print("Two")

start = time.perf_counter()
for _ in range(3):
    count_sync()
print(f"sync {time.perf_counter() - start:.1f}")
start = time.perf_counter()

async def main():
    await asyncio.gather(count(), count(), count())

asyncio.run(main())
print(f"async {time.perf_counter() - start:.1f}")
