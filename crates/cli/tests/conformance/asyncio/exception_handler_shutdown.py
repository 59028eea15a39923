# A handler that shuts the loop down, one that falls back to the default
# handler, and one that fails itself.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s: %(message)s", datefmt="%H:%M:%S")
logging.Formatter.converter = lambda *args: (2024, 1, 1, 12, 0, 0, 0, 1, 0)


async def publish():
    for n in range(3):
        logging.info(f"published message {n}")
        await asyncio.sleep(0.2)
    raise RuntimeError("publisher crashed")


async def shutdown(loop):
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    logging.info(f"Cancelling {len(tasks)} outstanding tasks")
    await asyncio.gather(*tasks, return_exceptions=True)
    loop.stop()


def handle_exception(loop, context):
    msg = context.get("exception", context["message"])
    logging.error(f"Caught exception: {msg}")
    logging.info("Shutting down...")
    asyncio.create_task(shutdown(loop))


async def idle():
    while True:
        await asyncio.sleep(1)


def main():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handle_exception)
    try:
        loop.create_task(publish())
        loop.create_task(idle())
        loop.run_forever()
    finally:
        loop.close()
        logging.info("Successfully shutdown the service.")


main()


def falls_back(loop, context):
    print("custom handler saw:", context["message"])
    loop.default_exception_handler(context)


def broken(loop, context):
    raise ZeroDivisionError("handler bug")


async def second():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(falls_back)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "report"})


asyncio.run(second())
