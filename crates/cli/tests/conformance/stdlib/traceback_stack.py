# traceback.extract_stack/format_stack/print_stack, and logging's stacklevel and stack_info.
import io
import logging
import sys
import traceback

logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("s")


def helper(msg):
    log.info(msg, stacklevel=2)


def caller():
    helper("reported at the caller's line")
    log.info("plain")


def stacked():
    log.warning("with stack", stack_info=True)


def where():
    for f in traceback.extract_stack():
        print(f.filename, f.lineno, f.name, f.line)
    print("".join(traceback.format_stack()), end="")
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    print(buf.getvalue() == "".join(traceback.format_stack()).replace("line 29", "line 30"))
    print(len(traceback.extract_stack(limit=1)), traceback.extract_stack()[-1].name)


def outer():
    where()


caller()
stacked()
outer()
helper("from module level")
