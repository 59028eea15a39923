# add_done_callback receives the task; callbacks run after it finishes.
import asyncio

def report(task):
    print("callback:", task.get_name(), task.result())

async def compute(x):
    await asyncio.sleep(0.05)
    return x * x

async def main():
    t = asyncio.create_task(compute(9), name="square")
    t.add_done_callback(report)
    print("awaiting")
    print("result", await t)
    await asyncio.sleep(0)
    done = asyncio.create_task(compute(2))
    await done
    done.add_done_callback(report)
    await asyncio.sleep(0)

asyncio.run(main())
