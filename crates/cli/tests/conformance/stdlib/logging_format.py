# Format fields, formatters, handlers and the hierarchy, printed on stdout.
import logging
import sys
import threading
import time

fmt = "%(levelname)s|%(name)s|%(threadName)s|%(processName)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s"
logging.basicConfig(level=logging.DEBUG, format=fmt, stream=sys.stdout)
log = logging.getLogger("crawler")


def work(n):
    log.info("worker %d", n)


work(1)
t = threading.Thread(target=work, args=(2,), name="Fetcher-1")
t.start()
t.join()
log.debug("at module level")

# Fixed records: created time, msecs, asctime with and without datefmt.
logging.Formatter.converter = time.gmtime
rec = logging.makeLogRecord({"name": "x", "levelname": "INFO", "levelno": 20, "msg": "%s and %s",
                             "args": ("a", "b"), "created": 1764801901.123456, "msecs": 123.0})
for f in [
    logging.Formatter("%(asctime)s %(levelname)s %(message)s"),
    logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %I:%M:%S %p"),
    logging.Formatter("%(created)f %(msecs)d %(msecs)03d %(levelno)s"),
    logging.Formatter("[{levelname:>8}] {name}: {message}", style="{"),
    logging.Formatter("$name - $message", style="$"),
    logging.Formatter(),
]:
    print(f.format(rec))

# Records in the default time form from a live clock: print the shape only.
live = logging.Formatter("%(asctime)s").format(logging.LogRecord("n", 20, "p", 1, "m", (), None))
print(len(live), live[4], live[7], live[10], live[13], live[16], live[19])

# A handler's own level and formatter, propagation to the root.
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.WARNING)
h.setFormatter(logging.Formatter("HANDLER %(levelname)s %(message)s"))
db = logging.getLogger("crawler.db")
db.addHandler(h)
db.info("info goes to the root only")
db.warning("warning goes to both")
db.propagate = False
db.error("error to the handler only")
print(db.handlers, db.hasHandlers(), logging.getLogger("crawler.db") is db)
print(logging.getLogger("crawler").getChild("db") is db)

# Exceptions through the logger.
def parse(text):
    if not text.isdigit():
        raise ValueError("not a number: %r" % text)
    return int(text)


try:
    parse("x1")
except ValueError as e:
    log.exception("parse failed: %s", e)
    log.error("no traceback")
    log.warning("traceback as exc_info=e", exc_info=e)

# Levels and names.
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
for lvl in (0, 10, 20, 30, 40, 50):
    print(lvl, logging.getLevelName(lvl), log.isEnabledFor(lvl))

# A custom handler subclass.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s:%(message)s"))
other = logging.getLogger("other")
other.addHandler(lh)
other.propagate = False
other.warning("one %s", 1)
other.info("two")
print(lh.records, repr(lh))
try:
    logging.Handler().emit(rec)
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    logging.Formatter("%(nosuch)s").format(rec)
except ValueError as e:
    print("ValueError", e)
nh = logging.NullHandler()
print(nh.handle(rec), repr(nh))
