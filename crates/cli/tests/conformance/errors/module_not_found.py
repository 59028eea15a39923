# A missing module: CPython's words exactly, nothing appended.
try:
    import numpy
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import no_such_module_here
