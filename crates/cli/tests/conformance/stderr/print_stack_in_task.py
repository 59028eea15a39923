# traceback.print_stack() inside a task: the stack goes back through the
# event loop's frames to asyncio.run and the module.
import asyncio
import traceback


def where():
    traceback.print_stack()
    return len(traceback.extract_stack())


async def inner():
    return where()


async def main():
    print("depth in main's chain:", await inner())
    print("depth in a task:", await asyncio.create_task(inner()))
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(where()))
    print("depth in a callback:", await done)

print("depth at the top:", where())
asyncio.run(main())
