# Logging to a file as tutorials configure it: nothing reaches the console
# but what a StreamHandler prints.
import logging
import logging.handlers
import sys

logging.basicConfig(filename="crawler.log", filemode="w", level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("crawler")
log.info("goes to the file")
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("console: %(levelname)s %(message)s"))
log.addHandler(console)
log.warning("both")
fh = logging.FileHandler("other.log")
print(type(fh).__name__, fh.baseFilename.endswith("other.log"), fh.mode, fh.level)
rot = logging.handlers.RotatingFileHandler("rot.log", maxBytes=1000, backupCount=3)
rot.setLevel(logging.ERROR)
log.addHandler(rot)
log.error("to the rotating file too")
mem = logging.handlers.MemoryHandler(2, flushLevel=logging.CRITICAL, target=console)
log.addHandler(mem)
log.warning("buffered 1")
log.warning("buffered 2 (capacity reached: flushed)")
log.removeHandler(mem)
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
logging.shutdown()
with open("crawler.log") as f:
    print([line.split(" ", 2)[2] for line in f.read().splitlines()])
with open("rot.log") as f:
    print(f.read().splitlines())
