# atexit: functions registered run when the program ends, last registered
# first, after the threads have been waited for (as CPython's interpreter
# does). An exception in one is reported and the others still run. The
# interpreter calls threading._shutdown at the end; this module runs its
# functions right after it.
import sys as _sys
import threading as _threading

_funcs = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _funcs.append((func, args, kwargs))
    return func


def unregister(func):
    _funcs[:] = [f for f in _funcs if f[0] != func]


def _clear():
    _funcs.clear()


def _ncallbacks():
    return len(_funcs)


def _run_exitfuncs():
    while _funcs:
        func, args, kwargs = _funcs.pop()
        try:
            func(*args, **kwargs)
        except BaseException:
            import traceback
            _sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            traceback.print_exc()


_threads_shutdown = _threading._shutdown


def _shutdown():
    _threads_shutdown()
    _run_exitfuncs()


_threading._shutdown = _shutdown
