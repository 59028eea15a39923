# tracemalloc: start, stop, get_traced_memory and reset_peak over the
# interpreter's own count of the bytes it holds (_tracemalloc): what the
# playground allocated since start(), not CPython's figures, its objects
# being laid out otherwise. While it traces, a coroutine that is never
# awaited is reported with where it was made, as CPython reports it.
# Where each block was allocated is not recorded: take_snapshot() says so.

import _tracemalloc

_tracing = False
_frames = 1
_base = 0


def start(nframe=1):
    global _tracing, _frames, _base
    if not isinstance(nframe, int):
        raise TypeError(f"'{type(nframe).__name__}' object cannot be interpreted as an integer")
    if not 1 <= nframe <= 65535:
        raise ValueError('the number of frames must be in range [1; 65535]')
    if not _tracing:
        _base = _tracemalloc.live()
        _tracemalloc.reset_peak()
    _tracing = True
    _frames = nframe


def stop():
    global _tracing
    _tracing = False


def is_tracing():
    return _tracing


def get_traced_memory():
    if not _tracing:
        return (0, 0)
    current = max(0, _tracemalloc.live() - _base)
    return (current, max(current, _tracemalloc.peak() - _base))


def reset_peak():
    if _tracing:
        _tracemalloc.reset_peak()


def clear_traces():
    global _base
    if _tracing:
        _base = _tracemalloc.live()
        _tracemalloc.reset_peak()


def get_traceback_limit():
    return _frames


def get_tracemalloc_memory():
    # Counting keeps no traces: it uses no memory of its own.
    return 0


def get_object_traceback(obj):
    return None


def take_snapshot():
    if not _tracing:
        raise RuntimeError('the tracemalloc module must be tracing memory allocations '
                           'to take a snapshot')
    raise NotImplementedError("the playground's tracemalloc counts the memory in use but does "
                              "not record where it was allocated: take_snapshot() is not "
                              "available (get_traced_memory() is)")
