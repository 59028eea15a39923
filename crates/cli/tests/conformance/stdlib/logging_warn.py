# logging.warn and Logger.warn: the DeprecationWarning on stderr, attributed to the calling line.
import logging
import sys
logging.basicConfig(stream=sys.stdout)
logging.warn("old style %s", "warn")
log = logging.getLogger("x")
log.warn("method warn")
