# Exception groups' methods and `except*` (CPython's Objects/exceptions.c
# and the except* opcodes). Imported when a program first uses either: the
# compiler runs `try: ... except* T as e: ...` through `start(exc)`, then
# `_Star.match(T)` for each clause, each matching clause in
# `with state as e:`, and raises what `_Star.end()` returns, as it is.

_BEG = BaseExceptionGroup


def _copy_metadata(new, orig):
    # The traceback, cause, context and notes of `orig` (the assignment of
    # an exception to __traceback__ copies its traceback).
    new.__traceback__ = orig
    new.__cause__ = orig.__cause__
    new.__context__ = orig.__context__
    new.__suppress_context__ = orig.__suppress_context__
    notes = getattr(orig, '__notes__', None)
    if notes is not None:
        new.__notes__ = notes
    return new


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError('expected an exception type, a tuple of exception types, '
                    'or a callable (other than a class)')


def _subset(eg, excs):
    if not excs:
        return None
    new = eg.derive(excs)
    if not isinstance(new, _BEG):
        raise TypeError('derive must return an instance of BaseExceptionGroup')
    return _copy_metadata(new, eg)


def _split(exc, match, rest):
    # (the part matching, the rest), each None when empty.
    if match(exc):
        return exc, None
    if not isinstance(exc, _BEG):
        return None, exc if rest else None
    matched, others = [], []
    for e in exc.exceptions:
        m, r = _split(e, match, rest)
        if m is not None:
            matched.append(m)
        if r is not None:
            others.append(r)
    return _subset(exc, matched), _subset(exc, others) if rest else None


def split(self, condition):
    return _split(self, _matcher(condition), True)


def subgroup(self, condition):
    return _split(self, _matcher(condition), False)[0]


def derive(self, excs):
    return BaseExceptionGroup(self.message, excs)


def _eg_new(cls, message, exceptions):
    if not isinstance(message, str):
        raise TypeError(f"argument 1 must be str, not {type(message).__name__}")
    if not isinstance(exceptions, (list, tuple)):
        raise TypeError('second argument (exceptions) must be a sequence')
    if not exceptions:
        raise ValueError('second argument (exceptions) must be a non-empty sequence')
    nested_base = False
    for i, e in enumerate(exceptions):
        if not isinstance(e, BaseException):
            raise ValueError(f'Item {i} of second argument (exceptions) is not an exception')
        if not isinstance(e, Exception):
            nested_base = True
    if cls is _BEG:
        if not nested_base:
            cls = ExceptionGroup
    elif issubclass(cls, Exception) and nested_base:
        if cls is ExceptionGroup:
            raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
        raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
    return object.__new__(cls)


def _eg_str(self):
    n = len(self.args[1])
    return f"{self.args[0]} ({n} sub-exception{'' if n == 1 else 's'})"


_BEG.__new__ = _eg_new
_BEG.__str__ = _eg_str
_BEG.message = property(lambda self: self.args[0])
_BEG.exceptions = property(lambda self: tuple(self.args[1]))
_BEG.split = split
_BEG.subgroup = subgroup
_BEG.derive = derive


def _leaves(exc, into):
    if isinstance(exc, _BEG):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.append(id(exc))
    return into


def _same_metadata(a, b):
    return (a.__cause__ is b.__cause__ and a.__context__ is b.__context__
            and getattr(a, '__notes__', None) is getattr(b, '__notes__', None))


class _Star:
    # The state of one `try ... except*` handling `orig`.
    def __init__(self, orig):
        self.orig = orig
        self.rest = orig
        self.excs = []
        self.m = None
        self.r = None

    def match(self, types):
        for t in types if isinstance(types, tuple) else (types,):
            if isinstance(t, type) and issubclass(t, _BEG):
                raise TypeError('catching ExceptionGroup with except* is not allowed. '
                                'Use except instead.')
        rest = self.rest
        if rest is None:
            return False
        if isinstance(rest, types):
            if isinstance(rest, _BEG):
                match = rest
            else:
                match = BaseExceptionGroup('', (rest,))
                match.__traceback__ = rest
            self.rest = None
        elif isinstance(rest, _BEG):
            match, self.rest = rest.split(types)
        else:
            match = None
        self.m = match
        return match is not None

    # `with state as name:` around each clause's body: what it raises is
    # recorded; a bare `raise` re-raises the part the clause matched.
    def __enter__(self):
        return self.m

    def __exit__(self, t, exc, tb):
        if exc is not None:
            if exc is self.orig:
                exc = self.m
            elif exc.__context__ is self.orig:
                exc.__context__ = self.m
            self.excs.append(exc)
        return True

    def end(self):
        # CPython's _PyExc_PrepReraiseStar: what the statement raises.
        excs = self.excs + [self.rest]
        orig = self.orig
        if not isinstance(orig, _BEG):
            self.r = excs[0]
            return self.r
        raised, reraised = [], []
        for e in excs:
            if e is None:
                continue
            if e is self.orig or (isinstance(e, _BEG) and _same_metadata(e, orig)
                                  and set(_leaves(e, [])) <= set(_leaves(orig, []))):
                reraised.append(e)
            else:
                raised.append(e)
        keep = []
        for e in reraised:
            _leaves(e, keep)
        reraised_eg = None
        if keep:
            reraised_eg = orig.split(lambda leaf: id(leaf) in keep)[0]
        if not raised:
            self.r = reraised_eg
        else:
            if reraised_eg is not None:
                raised.append(reraised_eg)
            self.r = raised[0] if len(raised) == 1 else BaseExceptionGroup("", raised)
        return self.r


def start(exc):
    return _Star(exc)


# ---- an uncaught group, drawn in boxes (CPython's traceback.py) ----
# The VM formats each exception of the boxes on its own (through
# sys._format_exception, with its chain set aside for the moment).

def _format(exc):
    import sys
    out = []
    _format_into(exc, out, [0, False], set(), sys._format_exception)
    return ''.join(out)


def _emit(out, ctx, text, margin='|'):
    if ctx[0]:
        prefix = '  ' * ctx[0] + margin + ' '
        text = ''.join(prefix + line for line in text.splitlines(True))
    out.append(text)


def _single(exc, fmt):
    cause, context, suppress = exc.__cause__, exc.__context__, exc.__suppress_context__
    exc.__cause__ = None
    exc.__context__ = None
    try:
        return fmt(exc)
    finally:
        exc.__cause__ = cause
        exc.__suppress_context__ = suppress
        exc.__context__ = context


def _format_into(exc, out, ctx, seen, fmt):
    # ctx: [the group depth, a closing line is due]
    seen.add(id(exc))
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        _format_into(cause, out, ctx, seen, fmt)
        _emit(out, ctx, '\nThe above exception was the direct cause of the following exception:\n\n')
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        _format_into(context, out, ctx, seen, fmt)
        _emit(out, ctx, '\nDuring handling of the above exception, another exception occurred:\n\n')
    text = _single(exc, fmt)
    if not isinstance(exc, _BEG):
        _emit(out, ctx, text)
        return
    top = ctx[0] == 0
    if top:
        ctx[0] = 1
    if text.startswith('Traceback'):
        head, _, text = text.partition('\n')
        _emit(out, ctx, 'Exception Group ' + head + '\n', '+' if top else '|')
    _emit(out, ctx, text)
    excs = exc.exceptions
    n = min(len(excs), 16)
    ctx[1] = False
    for i in range(n):
        last = i == n - 1
        if last:
            ctx[1] = True
        title = '...' if i >= 15 else str(i + 1)
        out.append('  ' * ctx[0] + ('+-' if i == 0 else '  ')
                   + f'+---------------- {title} ----------------\n')
        ctx[0] += 1
        if i < 15:
            _format_into(excs[i], out, ctx, seen, fmt)
        else:
            more = len(excs) - 15
            _emit(out, ctx, f"and {more} more exception{'s' if more > 1 else ''}\n")
        if last and ctx[1]:
            out.append('  ' * ctx[0] + '+------------------------------------\n')
            ctx[1] = False
        ctx[0] -= 1
    if top:
        ctx[0] = 0
