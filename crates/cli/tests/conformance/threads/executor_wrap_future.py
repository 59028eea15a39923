# asyncio.wrap_future turns a concurrent.futures.Future (from a pool's
# submit) into an asyncio future that coroutines can await.
import asyncio
import concurrent.futures
import time


def compute(n):
    time.sleep(0.2)
    return n * n


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(compute, 9)
        print(type(cf).__module__, type(cf).__name__)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, "done:", af.done())
        print("awaited:", await af)
        print("both done:", cf.done(), af.done())
        futures = [asyncio.wrap_future(pool.submit(compute, n)) for n in range(4)]
        print(await asyncio.gather(*futures))


asyncio.run(main())
