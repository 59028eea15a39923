# A common mistake: gather given a list. CPython keeps the uncaught
# traceback's frames (and the coroutines in the list) until exit, so the
# never-awaited warning comes after the traceback, at sys:1.
import asyncio
async def a():
    return 1
async def main():
    print(await asyncio.gather([a(), a()]))
asyncio.run(main())
