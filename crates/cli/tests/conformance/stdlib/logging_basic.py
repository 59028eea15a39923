import logging, sys
logging.warning("unconfigured %s", "root")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15), logging.getLevelName("X"))
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s", stream=sys.stdout)
log = logging.getLogger("app.net")
log.info("hello %d", 5)
def fetch(url):
    log.debug("fetching %s", url)
    log.warning("dict %(a)s", {"a": 1})
fetch("http://x")
try:
    raise ValueError("bad")
except ValueError:
    log.exception("failed")
log.error("with exc_info", exc_info=True)
print(repr(log), repr(logging.getLogger()), log.parent, log.getEffectiveLevel())
child = logging.getLogger("app")
print(log.parent is child, child.parent is logging.root)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("H:%(name)s:%(levelno)d:%(message)s"))
log.addHandler(h)
log.propagate = False
log.critical("only handler")
print(h, logging.root.handlers)
log.setLevel(logging.ERROR)
log.warning("hidden")
print(log.isEnabledFor(40), log.isEnabledFor(30))
for bad in [lambda: log.setLevel("NOPE"), lambda: log.setLevel(None), lambda: log.log("x", "m"), lambda: logging.Formatter("abc"), lambda: logging.Formatter("%(x)s", style="!"), lambda: logging.basicConfig(force=True, stream=sys.stdout, filename="x")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
logging.basicConfig(force=True, stream=sys.stdout, format="{levelname}|{message}", style="{")
logging.info("brace %s", 1)
logging.basicConfig(force=True, stream=sys.stdout, format="$levelname|${message}", style="$", level=logging.INFO)
logging.info("dollar")
logging.getLogger("other").info("x", extra={"user": "bob"})
try:
    logging.getLogger("other").info("x", extra={"msg": "bob"})
except KeyError as e: print("KeyError", e)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "m %s", "args": (1,), "created": 1714566600.25, "msecs": 250.0})
print(r.getMessage(), logging.Formatter("%(asctime)s|%(message)s").format(r))
logging.Formatter.converter = __import__("time").gmtime
print(f.formatTime(r), f.formatTime(r, "%H:%M"))
class Only(logging.Filter):
    def filter(self, rec): return "keep" in rec.msg
lg = logging.getLogger("f"); lg.addFilter(Only())
lg.warning("keep me"); lg.warning("drop me")
ad = logging.LoggerAdapter(logging.getLogger("ad"), {"k": 1})
ad.warning("adapter"); print(ad)
print(logging.getLogger("a.b.c").parent.name)
logging.getLogger("a.b"); print(logging.getLogger("a.b.c").parent.name)
logging.disable(logging.CRITICAL); logging.critical("disabled"); logging.disable(logging.NOTSET)
logging.log(logging.WARNING, "via log")
print(logging.root.level, logging.WARN, logging.FATAL)
