# A new task only starts on a later loop turn, after the creator yields.
import asyncio

async def child(name):
    print("child", name, "starts")
    await asyncio.sleep(0)
    print("child", name, "resumes")

async def main():
    asyncio.create_task(child("A"))
    asyncio.create_task(child("B"))
    print("main continues before children run")
    await asyncio.sleep(0)
    print("main after first yield")
    await asyncio.sleep(0)
    print("main after second yield")
    await asyncio.sleep(0.01)

asyncio.run(main())
