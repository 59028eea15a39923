# A loop-wide exception handler, as the graceful-shutdown tutorials set one:
# it receives the task exceptions nobody retrieved, the callbacks that
# raised and the program's own reports; None gives the default back.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(message)s")


def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    logging.error(f"Caught exception: {msg}")
    print("context keys:", sorted(context))
    print("message:", context["message"])


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("bad thing happened")


def bad_callback():
    raise KeyError("in a callback")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handle_exception)
    print(loop.get_exception_handler() is handle_exception)
    loop.create_task(fails())
    await asyncio.sleep(0.3)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.call_exception_handler({"message": "to the default handler", "detail": [1, 2]})


asyncio.run(main())
print("done")
