# get_running_loop, current_task, all_tasks.
import asyncio


async def child():
    me = asyncio.current_task()
    print("child sees", me.get_name())
    await asyncio.sleep(0.05)


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(), name=f"child-{i}") for i in range(3)]
    print("all tasks:", len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("all tasks:", len(asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
