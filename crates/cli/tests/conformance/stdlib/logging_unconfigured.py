# Unconfigured logging: the last-resort handler, then the root's default
# configuration on first use of a module-level function; stderr captured.
import io
import logging
import sys

buf = io.StringIO()
sys.stderr = buf
log = logging.getLogger("app")
log.warning("last resort prints only the message: %s", "here")
log.info("below WARNING: dropped")
log.error("error too")
print(logging.root.handlers, log.handlers, log.getEffectiveLevel())
logging.warning("module-level call configures the root")
logging.info("still dropped")
log.critical("now through the root handler")
print(len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.basicConfig(level=logging.DEBUG, format="%(message)s")
logging.debug("basicConfig again does nothing: dropped")
logging.basicConfig(level=logging.DEBUG, format="forced %(levelname)s %(message)s", force=True)
logging.debug("forced config")
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError", e)
sys.stderr = sys.__stderr__
print(buf.getvalue(), end="")
print(logging.getLevelName(logging.getLogger().level))
h = logging.StreamHandler()
print(h.stream is sys.stderr, repr(h))
logging.shutdown()
