# Builtins that consume an iterable, used instead of the native ones when an
# argument is a Python generator (vm/generator_calls.rs). Written in Python,
# their loops run in the program's own frames, so a generator that waits
# (Future.result() in executor.map, a queue get, a sleep in a thread) can
# suspend them and let other threads run. Results and errors are the
# natives': each collects the items, then hands them to the native.

_list = list
_sorted = sorted
_sum = sum
_min = min
_max = max
_tuple = tuple
_set = set
_frozenset = frozenset
_dict = dict
_len = len
_repr = repr
_str = str
_print = print
_stop = object()


def _collect(it):
    return [x for x in it]


def _next(it):
    for x in it:
        return x
    return _stop


def list(it=()):
    return _collect(it)


def tuple(it=()):
    return _tuple(_collect(it))


def set(it=()):
    return _set(_collect(it))


def frozenset(it=()):
    return _frozenset(_collect(it))


def dict(it=(), **kwargs):
    # A mapping goes as it is (the native asks for its keys); a manager's
    # dict gives its items here.
    if _waits(it) and hasattr(it, 'items'):
        it = it.items()
    d = _dict(it if hasattr(it, 'keys') else _collect(it))
    d.update(kwargs)
    return d


def sorted(it, *, key=None, reverse=False):
    return _sorted(_collect(it), key=key, reverse=reverse)


def sum(it, start=0):
    return _sum(_collect(it), start)


def min(it, *rest, **kwargs):
    return _min(_collect(it), *rest, **kwargs) if not rest else _min(it, *rest, **kwargs)


def max(it, *rest, **kwargs):
    return _max(_collect(it), *rest, **kwargs) if not rest else _max(it, *rest, **kwargs)


def any(it):
    for x in it:
        if x:
            return True
    return False


def all(it):
    for x in it:
        if not x:
            return False
    return True


def enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1


def zip(*its, strict=False):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        items = []
        for i in iters:
            x = _next(i)
            if x is _stop:
                return
            items.append(x)
        yield _tuple(items)


def map(func, *its):
    if len(its) == 1:
        for x in its[0]:
            yield func(x)
        return
    for items in zip(*its):
        yield func(*items)


def filter(func, it):
    for x in it:
        if (x if func is None else func(x)):
            yield x


def next(it, *default):
    for x in it:
        return x
    if default:
        return default[0]
    raise StopIteration


# A manager's proxy (marked _waits) reads another process's data in its
# special methods: called from here, they run in the program's frames.

def _waits(o):
    return hasattr(type(o), '_waits')


def len(o):
    return o.__len__() if _waits(o) else _len(o)


def repr(o):
    return o.__repr__() if _waits(o) else _repr(o)


def str(*args, **kwargs):
    if _len(args) == 1 and not kwargs and _waits(args[0]):
        return args[0].__str__()
    return _str(*args, **kwargs)


def print(*args, **kwargs):
    _print(*[a.__str__() if _waits(a) else a for a in args], **kwargs)
