# current_task and all_tasks.
import asyncio

async def child():
    me = asyncio.current_task()
    print("child is", me.get_name())
    await asyncio.sleep(0.1)

async def main():
    print(asyncio.current_task().get_name())
    ts = [asyncio.create_task(child()) for _ in range(2)]
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
