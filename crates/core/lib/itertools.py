# itertools: the iterator building blocks. Each is a class (as in CPython:
# reprs and type names say itertools.X) whose constructor checks its
# arguments at once and whose iteration runs a generator.

_marker = object()


def _iter(obj):
    return iter(obj)


def _int(value, message=None):
    if isinstance(value, bool) or isinstance(value, int):
        return int(value)
    if hasattr(value, '__index__'):
        return value.__index__()
    if message is None:
        message = f"'{type(value).__name__}' object cannot be interpreted as an integer"
    raise TypeError(message)


def _check_count(name, args, low, high=None):
    n = len(args)
    if high is None:
        high = low
    if low == high and n != low:
        s = '' if low == 1 else 's'
        raise TypeError(f'{name} expected {low} argument{s}, got {n}')
    if n < low:
        s = '' if low == 1 else 's'
        raise TypeError(f'{name} expected at least {low} argument{s}, got {n}')
    if n > high:
        s = '' if high == 1 else 's'
        raise TypeError(f'{name} expected at most {high} argument{s}, got {n}')


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


class _Iterator:
    __module__ = 'itertools'

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return cls


class count(_Iterator):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, '__radd__'):
                raise TypeError('a number is required')
        self._next = start
        self._step = step
        self._gen = self._run()

    def _run(self):
        while True:
            value = self._next
            self._next = value + self._step
            yield value

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f'count({self._next!r})'
        return f'count({self._next!r}, {self._step!r})'


class cycle(_Iterator):
    def __init__(self, iterable, *rest, **kwargs):
        _no_kwargs('cycle', kwargs)
        _check_count('cycle', (iterable,) + rest, 1)
        self._gen = self._run(_iter(iterable))

    def _run(self, it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class repeat(_Iterator):
    def __init__(self, object=_marker, times=None):
        if object is _marker:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is not None:
            times = max(_int(times), 0)
        self._times = times
        self._gen = self._run()

    def _run(self):
        if self._times is None:
            while True:
                yield self._object
        while self._times > 0:
            self._times -= 1
            yield self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class accumulate(_Iterator):
    def __init__(self, iterable=_marker, func=None, *rest, initial=None):
        if rest:
            raise TypeError(f'accumulate() takes at most 2 positional arguments ({2 + len(rest)} given)')
        if iterable is _marker:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._gen = self._run(_iter(iterable), func, initial)

    def _run(self, it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            if func is None:
                total = total + element
            else:
                total = func(total, element)
            yield total


class chain(_Iterator):
    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._gen = self._run(iter(iterables))

    def _run(self, sources):
        for source in sources:
            for element in source:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        c = cls.__new__(cls)
        c._gen = c._run(_iter(iterables))
        return c


class compress(_Iterator):
    def __init__(self, data=_marker, selectors=_marker):
        if data is _marker:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _marker:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._gen = self._run(_iter(data), _iter(selectors))

    def _run(self, data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        _check_count('dropwhile', args, 2)
        self._gen = self._run(args[0], _iter(args[1]))

    def _run(self, predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('takewhile', kwargs)
        _check_count('takewhile', args, 2)
        self._gen = self._run(args[0], _iter(args[1]))

    def _run(self, predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        _check_count('filterfalse', args, 2)
        self._gen = self._run(args[0], _iter(args[1]))

    def _run(self, predicate, it):
        if predicate is None:
            predicate = bool
        for x in it:
            if not predicate(x):
                yield x


class groupby(_Iterator):
    def __init__(self, iterable=_marker, key=None, *rest):
        if rest:
            raise TypeError(f'groupby() takes at most 2 arguments ({2 + len(rest)} given)')
        if iterable is _marker:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = _iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()

    def _key(self, value):
        return value if self._keyfunc is None else self._keyfunc(value)

    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._key(self._currvalue)

    def __next__(self):
        self._id = object()
        if self._currkey is _marker:
            self._step()
        elif self._tgtkey is not _marker:
            while self._currkey == self._tgtkey:
                self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper(_Iterator):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = parent._id

    def __next__(self):
        p = self._parent
        if self._id is not p._id:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        value = p._currvalue
        p._currvalue = _marker
        try:
            p._step()
        except StopIteration:
            p._currkey = _marker
            p._id = object()
            p._it = iter(())
            return value
        return value


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        v = _int(value)
    except TypeError:
        raise ValueError(message) from None
    if v < 0:
        raise ValueError(message)
    return v


class islice(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        _check_count('islice', args, 2, 4)
        it = args[0]
        if len(args) == 2:
            start, step = 0, 1
            stop = _islice_arg(args[1], 'Stop argument for islice() must be None or an '
                                        'integer: 0 <= x <= sys.maxsize.')
        else:
            message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            start = _islice_arg(args[1], message) or 0
            stop = _islice_arg(args[2], message)
            step = 1
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _int(args[3])
                except TypeError:
                    step = 0
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._gen = self._run(_iter(it), start, stop, step)

    def _run(self, it, start, stop, step):
        nexti = start
        i = 0
        for element in it:
            if stop is not None and i >= stop:
                return
            if i == nexti:
                yield element
                nexti += step
            i += 1
            if stop is not None and i >= stop:
                return


class pairwise(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('pairwise', kwargs)
        _check_count('pairwise', args, 1)
        self._gen = self._run(_iter(args[0]))

    def _run(self, it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_Iterator):
    def __init__(self, *args, **kwargs):
        _no_kwargs('starmap', kwargs)
        _check_count('starmap', args, 2)
        self._gen = self._run(args[0], _iter(args[1]))

    def _run(self, function, it):
        for args in it:
            yield function(*args)


class _tee(_Iterator):
    def __init__(self, source, buffers, index):
        self._source = source
        self._buffers = buffers
        self._index = index

    def __next__(self):
        buf = self._buffers[self._index]
        if not buf:
            value = next(self._source)
            for b in self._buffers:
                b.append(value)
        return buf.pop(0)

    def __copy__(self):
        buffers = self._buffers
        buffers.append(list(buffers[self._index]))
        return _tee(self._source, buffers, len(buffers) - 1)


def tee(iterable, n=2):
    n = _int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    source = _iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(source, buffers, i) for i in range(n))


class zip_longest(_Iterator):
    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for k in kwargs:
            if k != 'fillvalue':
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs[k]
        self._gen = self._run([_iter(i) for i in iterables], fillvalue)

    def _run(self, iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = repeat(fillvalue)
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_Iterator):
    def __init__(self, *iterables, **kwargs):
        repeat_n = 1
        for k in kwargs:
            if k != 'repeat':
                raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat_n = _int(kwargs[k])
        if repeat_n < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat_n
        self._gen = self._run(pools)

    def _run(self, pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


def _r_arg(r):
    if isinstance(r, bool) or not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iterator):
    def __init__(self, iterable=_marker, r=None):
        if iterable is _marker:
            raise TypeError("permutations() missing required argument 'iterable' (pos 1)")
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_arg(r)
        self._gen = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    def __init__(self, iterable=_marker, r=_marker):
        if iterable is _marker:
            raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        r = _int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(tuple(iterable), r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable=_marker, r=_marker):
        name = 'combinations_with_replacement'
        if iterable is _marker:
            raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
        if r is _marker:
            raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
        r = _int(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(tuple(iterable), r)

    def _run(self, pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

