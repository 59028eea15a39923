# A task that fails and whose exception nobody looks at:
# "Task exception was never retrieved" on stderr when it is destroyed.
import asyncio


async def broken():
    await asyncio.sleep(0.01)
    raise ValueError("nobody will see this in stdout")


async def main():
    asyncio.create_task(broken())
    await asyncio.sleep(0.05)
    print("main finished without awaiting the task")


asyncio.run(main())
print("after asyncio.run")
