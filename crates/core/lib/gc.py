# gc: the collector's controls. The playground frees an object when its last
# reference goes, as CPython's reference counting does, and collects reference
# cycles among instances and functions (the native `_gc`); the thresholds and
# debug flags are accepted and kept.
import _gc
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError('invalid generation')
    return _gc.collect()


enable = _gc.enable
disable = _gc.disable
isenabled = _gc.isenabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    for i, v in enumerate((threshold0, threshold1, threshold2)):
        if v is not None:
            t[i] = v
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def get_stats():
    collections, collected = _gc.stats()
    stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]
    stats[0].update(collections=collections, collected=collected)
    return stats
