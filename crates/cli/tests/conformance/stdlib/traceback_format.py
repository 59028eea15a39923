# traceback.format_exc/format_exception/print_exc and sys.exc_info.
import sys
import io
import traceback
def inner():
    raise KeyError("missing")
def outer():
    inner()
try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text, end="")
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(sys.exc_info()[1]))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(type(e), e))
print(repr(traceback.format_exc()))
e = ValueError("never raised")
print(traceback.format_exception(e), traceback.format_exception_only(ValueError, None) if False else "")
print(sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
