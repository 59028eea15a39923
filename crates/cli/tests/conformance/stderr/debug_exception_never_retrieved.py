# CPython's asyncio-dev docs: a task's exception nobody retrieved, with
# where the task was created (source_traceback) in debug mode.
import asyncio


async def bug():
    raise Exception("not consumed")


async def main():
    asyncio.create_task(bug())

asyncio.run(main(), debug=True)
