# Calling a coroutine function without awaiting it: RuntimeWarning on stderr.
import asyncio


async def notify(user):
    print("never printed for", user)


async def main():
    notify("ann")
    print("main continues")
    await asyncio.sleep(0.01)


asyncio.run(main())
print("done")
