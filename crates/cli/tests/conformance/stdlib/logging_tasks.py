# Logging from tasks, methods and helpers with funcName/lineno; exceptions logged in a task; asyncio's own DEBUG line.
import asyncio, logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("t")

async def worker(n):
    log.debug("start %d", n)
    await asyncio.sleep(0.01)
    try:
        if n == 1:
            raise RuntimeError("boom %d" % n)
    except RuntimeError:
        log.exception("worker %d failed", n)
    log.info(
        "multi-line call %d",
        n,
    )
    return n

class Svc:
    def run(self):
        log.warning("in method")
        helper()

def helper():
    logging.info("root from helper")

async def main():
    await asyncio.gather(worker(0), worker(1))
    Svc().run()
    log.info("done")

asyncio.run(main())
logging.getLogger().info("at end")
