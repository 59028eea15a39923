# The older style: get_event_loop, create_task, run_until_complete, close.
import asyncio

async def work(n):
    await asyncio.sleep(0.1)
    return n * 2

loop = asyncio.get_event_loop()
task = loop.create_task(work(21))
print(task)
result = loop.run_until_complete(task)
print(result, task)
future = asyncio.ensure_future(work(5))
print(loop.run_until_complete(future))
print(loop.run_until_complete(work(1)))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(new.run_until_complete(asyncio.gather(work(1), work(2))))
new.close()
