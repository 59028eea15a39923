# A failing child cancels its siblings; the group raises an ExceptionGroup.
import asyncio


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def quick():
    await asyncio.sleep(0.05)
    print("quick sibling done")


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(quick())
            group.create_task(sibling())
            group.create_task(failing())
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("inner:", [repr(e) for e in eg.exceptions])
        print(isinstance(eg, Exception), type(eg).__name__)


asyncio.run(main())
