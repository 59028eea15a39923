# The older style: get_event_loop / run_until_complete / loop.create_task / close.
import asyncio


async def job(n):
    await asyncio.sleep(0.05)
    return n * 10


# get_event_loop() outside a running loop makes one (CPython 3.11 does not warn here).
first = asyncio.get_event_loop()
task = first.create_task(job(0))
print(task)
print(first.run_until_complete(task), task)
first.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
task = loop.create_task(job(1))
print(loop.run_until_complete(task))
print(loop.run_until_complete(job(2)))
tasks = [asyncio.ensure_future(job(n)) for n in (3, 4)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
coro = job(5)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()  # never started: close it so CPython does not warn about it
