# Code at the top of the module that waits (a thread joined, a thread
# pool, an event loop run, a sleep) before the functions a pool runs are
# defined: a forked child has those functions all the same, and what the
# module printed is not printed again by the children.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

t = threading.Thread(target=print, args=("thread at the top",))
t.start()
t.join()

with ThreadPoolExecutor(max_workers=2) as executor:
    print(list(executor.map(str, [1, 2])))


async def ticker():
    await asyncio.sleep(0.1)
    print("event loop at the top")

asyncio.run(ticker())
time.sleep(0.1)

from multiprocessing import Pool  # noqa: E402


def square(x):
    return x * x


if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(2) as pool:
        print(pool.map(square, range(6)))
    print(f"{time.perf_counter() - start:.1f} s in the pool")
