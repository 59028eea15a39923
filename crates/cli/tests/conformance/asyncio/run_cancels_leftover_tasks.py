# When main returns, asyncio.run cancels the tasks still pending and
# lets them clean up before closing the loop.
import asyncio


async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
    finally:
        print(name, "cleaned up")


async def main():
    asyncio.create_task(background("bg-1"))
    asyncio.create_task(background("bg-2"))
    await asyncio.sleep(0.05)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
