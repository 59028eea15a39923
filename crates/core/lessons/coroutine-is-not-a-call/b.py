# Calling an async function only makes a coroutine object: nothing runs yet.
import asyncio
import time


async def greet(name):
    print(f"hello, {name}")
    await asyncio.sleep(1)
    return f"greeted {name}"


start = time.perf_counter()
coro = greet("world")
print("the call returned a", type(coro).__name__)

# An event loop drives it. The older style: get a loop, wrap the coroutine in a task.
loop = asyncio.get_event_loop()
task = loop.create_task(coro)
print("before the loop runs, the task is", task._state)
loop.run_until_complete(task)
print("afterwards it is", task._state, "with result", repr(task.result()))
print(f"took {time.perf_counter() - start:.1f} s")
