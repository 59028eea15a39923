# Non-blocking logging as tutorials set it up: a QueueHandler on the logger,
# a QueueListener thread writing through a StreamHandler.
import logging
import logging.handlers
import queue
import sys
import asyncio

q = queue.Queue()
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(name)s: %(message)s"))
listener = logging.handlers.QueueListener(q, console, respect_handler_level=True)
root = logging.getLogger()
root.setLevel(logging.INFO)
root.addHandler(logging.handlers.QueueHandler(q))
listener.start()


async def job(i):
    logging.getLogger("job").info("job %d starting", i)
    await asyncio.sleep(0.01 * i)
    logging.getLogger("job").info("job %d done", i)


async def main():
    await asyncio.gather(*(job(i) for i in range(3)))


asyncio.run(main())
logging.info("all jobs finished")
listener.stop()
print("queue empty:", q.empty())
