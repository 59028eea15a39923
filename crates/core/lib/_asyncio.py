# The Python half of the playground's asyncio module. Futures, tasks and
# event loops are native (see natives.rs); everything here is built on them
# following CPython 3.11's algorithms, so that callbacks run in the same
# order and the same exceptions come out. Frames of this file are hidden
# from tracebacks, as CPython's own asyncio frames are in the comparison.

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _sleep0():
    # A bare yield: the task goes back to the end of the ready queue.
    yield


async def sleep(delay, result=None):
    if delay <= 0:  # 3.11: asyncio/tasks.py:639
        await _sleep0()
        return result  # 3.11: asyncio/tasks.py:641
    # No local for the loop: a sleeping task's frame is one of thousands.
    future = get_running_loop().create_future()
    future._set_wait_label('sleep', delay)
    handle = future.get_loop().call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future  # 3.11: asyncio/tasks.py:649
    finally:
        handle.cancel()


async def _wrap_awaitable(awaitable):
    return await awaitable


def _make_group(message, errors):
    for e in errors:
        if not isinstance(e, Exception):
            return BaseExceptionGroup(message, errors)
    return ExceptionGroup(message, errors)


# ---- gather ----

def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:  # 3.11: asyncio/tasks.py:758
        outer = get_event_loop().create_future()
        outer.set_result([])  # 3.11: asyncio/tasks.py:761
        return outer  # 3.11: asyncio/tasks.py:762

    state = {'nfinished': 0, 'nfuts': 0, 'outer': None, 'cancel_requested': False}
    children = []  # 3.11: asyncio/tasks.py:820

    def _done_callback(fut):  # 3.11: asyncio/tasks.py:764
        state['nfinished'] += 1
        outer = state['outer']
        if outer is None or outer.done():  # 3.11: asyncio/tasks.py:768
            if not fut.cancelled():  # 3.11: asyncio/tasks.py:769
                fut.exception()  # 3.11: asyncio/tasks.py:771
            return  # 3.11: asyncio/tasks.py:772
        if not return_exceptions:  # 3.11: asyncio/tasks.py:774
            if fut.cancelled():  # 3.11: asyncio/tasks.py:775
                outer.set_exception(fut._make_cancelled_error())
                return  # 3.11: asyncio/tasks.py:781
            exc = fut.exception()  # 3.11: asyncio/tasks.py:783
            if exc is not None:  # 3.11: asyncio/tasks.py:784
                outer.set_exception(exc)  # 3.11: asyncio/tasks.py:780
                return  # 3.11: asyncio/tasks.py:786
        if state['nfinished'] == state['nfuts']:
            results = []  # 3.11: asyncio/tasks.py:791
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = child.exception()
                    if res is None:  # 3.11: asyncio/tasks.py:806
                        res = child.result()
                results.append(res)  # 3.11: asyncio/tasks.py:808
            if state['cancel_requested']:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)  # 3.11: asyncio/tasks.py:817

    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:  # 3.11: asyncio/tasks.py:825
        if arg not in arg_to_fut:  # 3.11: asyncio/tasks.py:826
            fut = ensure_future(arg, loop=loop)
            if loop is None:  # 3.11: asyncio/tasks.py:828
                loop = fut.get_loop()
            state['nfuts'] += 1
            arg_to_fut[arg] = fut  # 3.11: asyncio/tasks.py:838
            fut.add_done_callback(_done_callback)  # 3.11: asyncio/tasks.py:839
        else:
            fut = arg_to_fut[arg]  # 3.11: asyncio/tasks.py:843
        children.append(fut)  # 3.11: asyncio/tasks.py:845

    outer = loop.create_future()  # 3.11: asyncio/tasks.py:760
    outer._set_wait_label('gather')

    def _cancel(msg):
        if outer.done():
            return False
        ret = False
        for child in children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            state['cancel_requested'] = True
        return ret

    outer._set_cancel_hook(_cancel)
    state['outer'] = outer
    return outer  # 3.11: asyncio/tasks.py:848


# ---- wait, wait_for, as_completed, shield ----

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  # 3.11: asyncio/tasks.py:416
    if not fs:  # 3.11: asyncio/tasks.py:417
        raise ValueError('Set of Tasks/Futures is empty.')  # 3.11: asyncio/tasks.py:418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):  # 3.11: asyncio/tasks.py:419
        raise ValueError(f'Invalid return_when value: {return_when}')  # 3.11: asyncio/tasks.py:420
    fs = set(fs)  # 3.11: asyncio/tasks.py:422
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")  # 3.11: asyncio/tasks.py:425
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)  # 3.11: asyncio/tasks.py:428


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()  # 3.11: asyncio/tasks.py:513
    waiter._set_wait_label('wait')
    state = {'counter': len(fs), 'handle': None}
    if timeout is not None:  # 3.11: asyncio/tasks.py:515
        state['handle'] = loop.call_later(timeout, _release_waiter, waiter)

    def _on_completion(f):  # 3.11: asyncio/tasks.py:519
        state['counter'] -= 1
        if (state['counter'] <= 0 or
                return_when == FIRST_COMPLETED or  # 3.11: asyncio/tasks.py:523
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if state['handle'] is not None:
                state['handle'].cancel()
            if not waiter.done():  # 3.11: asyncio/tasks.py:528
                waiter.set_result(None)  # 3.11: asyncio/tasks.py:529

    for f in fs:  # 3.11: asyncio/tasks.py:531
        f.add_done_callback(_on_completion)  # 3.11: asyncio/tasks.py:532
    try:
        await waiter  # 3.11: asyncio/tasks.py:535
    finally:
        if state['handle'] is not None:
            state['handle'].cancel()
        for f in fs:  # 3.11: asyncio/tasks.py:539
            f.remove_done_callback(_on_completion)  # 3.11: asyncio/tasks.py:540
    done, pending = set(), set()  # 3.11: asyncio/tasks.py:542
    for f in fs:  # 3.11: asyncio/tasks.py:543
        if f.done():  # 3.11: asyncio/tasks.py:544
            done.add(f)  # 3.11: asyncio/tasks.py:545
        else:
            pending.add(f)  # 3.11: asyncio/tasks.py:547
    return done, pending  # 3.11: asyncio/tasks.py:548


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()  # 3.11: asyncio/tasks.py:554
    cb = lambda *args: _release_waiter(waiter)
    fut.add_done_callback(cb)  # 3.11: asyncio/tasks.py:556
    try:
        fut.cancel()  # 3.11: asyncio/tasks.py:559
        await waiter  # 3.11: asyncio/tasks.py:562
    finally:
        fut.remove_done_callback(cb)  # 3.11: asyncio/tasks.py:564


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:  # 3.11: asyncio/tasks.py:451
        return await fut  # 3.11: asyncio/tasks.py:452
    if timeout <= 0:  # 3.11: asyncio/tasks.py:454
        fut = ensure_future(fut, loop=loop)  # 3.11: asyncio/tasks.py:455
        if fut.done():  # 3.11: asyncio/tasks.py:457
            return fut.result()  # 3.11: asyncio/tasks.py:458
        await _cancel_and_wait(fut, loop=loop)  # 3.11: asyncio/tasks.py:460
        try:
            return fut.result()  # 3.11: asyncio/tasks.py:462
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # 3.11: asyncio/tasks.py:464
    waiter = loop.create_future()  # 3.11: asyncio/tasks.py:466
    waiter._set_wait_label('wait_for')
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)  # 3.11: asyncio/tasks.py:467
    cb = lambda *args: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)  # 3.11: asyncio/tasks.py:470
    fut.add_done_callback(cb)  # 3.11: asyncio/tasks.py:471
    try:
        try:
            await waiter  # 3.11: asyncio/tasks.py:476
        except CancelledError:
            if fut.done():  # 3.11: asyncio/tasks.py:478
                return fut.result()  # 3.11: asyncio/tasks.py:479
            else:
                fut.remove_done_callback(cb)  # 3.11: asyncio/tasks.py:481
                await _cancel_and_wait(fut, loop=loop)  # 3.11: asyncio/tasks.py:485
                raise  # 3.11: asyncio/tasks.py:486
        if fut.done():  # 3.11: asyncio/tasks.py:488
            return fut.result()  # 3.11: asyncio/tasks.py:489
        else:
            fut.remove_done_callback(cb)  # 3.11: asyncio/tasks.py:491
            await _cancel_and_wait(fut, loop=loop)  # 3.11: asyncio/tasks.py:495
            try:
                return fut.result()  # 3.11: asyncio/tasks.py:500
            except CancelledError as exc:
                raise exceptions.TimeoutError() from exc  # 3.11: asyncio/tasks.py:502
    finally:
        timeout_handle.cancel()  # 3.11: asyncio/tasks.py:504


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    state = {'handle': None}

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state['handle'] is not None:
            state['handle'].cancel()

    async def _wait_for_one():
        f = await done.get()  # 3.11: asyncio/tasks.py:611
        if f is None:  # 3.11: asyncio/tasks.py:612
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        state['handle'] = loop.call_later(timeout, _on_timeout)
    return _as_completed_iter(len(todo), _wait_for_one)


def _as_completed_iter(n, wait_for_one):
    for _ in range(n):
        yield wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():  # 3.11: asyncio/tasks.py:885
        return inner  # 3.11: asyncio/tasks.py:887
    loop = inner.get_loop()
    outer = loop.create_future()  # 3.11: asyncio/tasks.py:889
    outer._set_wait_label('shield')

    def _inner_done_callback(inner):  # 3.11: asyncio/tasks.py:891
        if outer.cancelled():  # 3.11: asyncio/tasks.py:892
            if not inner.cancelled():  # 3.11: asyncio/tasks.py:893
                inner.exception()  # 3.11: asyncio/tasks.py:895
            return  # 3.11: asyncio/tasks.py:896
        if inner.cancelled():  # 3.11: asyncio/tasks.py:898
            outer.cancel()  # 3.11: asyncio/tasks.py:899
        else:
            exc = inner.exception()  # 3.11: asyncio/tasks.py:901
            if exc is not None:  # 3.11: asyncio/tasks.py:902
                outer.set_exception(exc)  # 3.11: asyncio/tasks.py:903
            else:
                outer.set_result(inner.result())  # 3.11: asyncio/tasks.py:905

    def _outer_done_callback(outer):  # 3.11: asyncio/tasks.py:908
        if not inner.done():  # 3.11: asyncio/tasks.py:909
            inner.remove_done_callback(_inner_done_callback)  # 3.11: asyncio/tasks.py:910

    inner.add_done_callback(_inner_done_callback)  # 3.11: asyncio/tasks.py:912
    outer.add_done_callback(_outer_done_callback)  # 3.11: asyncio/tasks.py:913
    return outer  # 3.11: asyncio/tasks.py:914


# ---- synchronisation primitives ----

class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _callback_source(func, args, kwargs=None, suffix=''):
    # A callback as asyncio names it in its reports: its qualified name, its
    # arguments (reprlib's reprs), and where a function is defined
    # ("plain(1) at main.py:4"); a partial shows its own arguments after.
    import reprlib
    items = [reprlib.repr(a) for a in args or ()]
    items += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    call = '(' + ', '.join(items) + ')'
    if type(func).__name__ == 'partial':
        return _callback_source(func.func, func.args, func.keywords, call + suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    text = name + call + suffix
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if type(func).__name__ == 'function':
        text += f' at {func.__code__.co_filename}:{func.__code__.co_firstlineno}'
    return text


def _handle_repr(handle):
    # `<Handle f() at main.py:3>`, `<TimerHandle when=12.5 f() at main.py:3>`;
    # a cancelled handle has let its callback go.
    info = [type(handle).__name__]
    if handle.cancelled():
        info.append('cancelled')
    if info[0] == 'TimerHandle':
        info.append(f'when={handle.when()}')
    if handle._callback is not None:
        info.append(_callback_source(handle._callback, handle._args))
    if handle._source_traceback:
        frame = handle._source_traceback[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return '<%s>' % ' '.join(info)


async def _wait_in(waiters, label):
    # Waits on a future kept in `waiters` until something sets it (`label`
    # names the wait on the timeline).
    fut = get_running_loop().create_future()
    fut._set_wait_label(label)
    waiters.append(fut)
    try:
        await fut
        return True
    finally:
        waiters.remove(fut)


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Lock object at {hex(id(self))} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True  # 3.11: asyncio/locks.py:102
        if self._waiters is None:  # 3.11: asyncio/locks.py:104
            self._waiters = []
        fut = get_running_loop().create_future()
        fut._set_wait_label('lock')
        self._waiters.append(fut)  # 3.11: asyncio/locks.py:107
        try:
            try:
                await fut  # 3.11: asyncio/locks.py:114
            finally:
                self._waiters.remove(fut)  # 3.11: asyncio/locks.py:116
        except CancelledError:
            if not self._locked:  # 3.11: asyncio/locks.py:118
                self._wake_up_first()  # 3.11: asyncio/locks.py:119
            raise  # 3.11: asyncio/locks.py:120
        self._locked = True
        return True  # 3.11: asyncio/locks.py:123

    def release(self):
        if self._locked:  # 3.11: asyncio/locks.py:136
            self._locked = False
            self._wake_up_first()  # 3.11: asyncio/locks.py:138
        else:
            raise RuntimeError('Lock is not acquired.')  # 3.11: asyncio/locks.py:140

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Event object at {hex(id(self))} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:  # 3.11: asyncio/locks.py:207
            return True  # 3.11: asyncio/locks.py:208
        return await _wait_in(self._waiters, 'event')


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.{type(self).__name__} object at {hex(id(self))} [{extra}]>'

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():  # 3.11: asyncio/locks.py:373
            self._value -= 1
            return True  # 3.11: asyncio/locks.py:375
        if self._waiters is None:  # 3.11: asyncio/locks.py:377
            self._waiters = []
        fut = get_running_loop().create_future()
        fut._set_wait_label('semaphore')
        self._waiters.append(fut)  # 3.11: asyncio/locks.py:380
        try:
            try:
                await fut  # 3.11: asyncio/locks.py:387
            finally:
                self._waiters.remove(fut)  # 3.11: asyncio/locks.py:389
        except CancelledError:
            if not fut.cancelled():  # 3.11: asyncio/locks.py:391
                self._value += 1
                self._wake_up_next()  # 3.11: asyncio/locks.py:393
            raise  # 3.11: asyncio/locks.py:394
        if self._value > 0:  # 3.11: asyncio/locks.py:396
            self._wake_up_next()  # 3.11: asyncio/locks.py:397
        return True  # 3.11: asyncio/locks.py:398

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:  # 3.11: asyncio/locks.py:433
            raise ValueError('BoundedSemaphore released too many times')  # 3.11: asyncio/locks.py:434
        super().release()  # 3.11: asyncio/locks.py:435


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<asyncio.locks.Condition object at {hex(id(self))} [{extra}]>'

    async def wait(self):
        if not self.locked():  # 3.11: asyncio/locks.py:259
            raise RuntimeError('cannot wait on un-acquired lock')  # 3.11: asyncio/locks.py:260
        self.release()  # 3.11: asyncio/locks.py:262
        try:
            return await _wait_in(self._waiters, 'condition')
        finally:
            # The lock is taken again even when the wait is cancelled.
            cancelled = False
            while True:  # 3.11: asyncio/locks.py:275
                try:
                    await self.acquire()  # 3.11: asyncio/locks.py:277
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:  # 3.11: asyncio/locks.py:282
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()  # 3.11: asyncio/locks.py:292
        while not result:  # 3.11: asyncio/locks.py:293
            await self.wait()  # 3.11: asyncio/locks.py:294
            result = predicate()  # 3.11: asyncio/locks.py:295
        return result  # 3.11: asyncio/locks.py:296

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class Barrier:
    # States: 'filling' (parties arriving), 'draining' (released, leaving),
    # 'resetting', 'broken'.
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object at {hex(id(self))} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:  # 3.11: asyncio/locks.py:488
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:  # 3.11: asyncio/locks.py:493
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index  # 3.11: asyncio/locks.py:498
            finally:
                self._count -= 1
                self._exit()  # 3.11: asyncio/locks.py:502

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'


# ---- queues ----

class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {hex(id(self))} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._queue:
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():  # 3.11: asyncio/queues.py:116
            putter = get_running_loop().create_future()
            putter._set_wait_label('queue put')
            self._putters.append(putter)  # 3.11: asyncio/queues.py:118
            try:
                await putter  # 3.11: asyncio/queues.py:120
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)  # 3.11: asyncio/queues.py:125
                if not self.full() and not putter.cancelled():  # 3.11: asyncio/queues.py:130
                    self._wakeup_next(self._putters)  # 3.11: asyncio/queues.py:133
                raise  # 3.11: asyncio/queues.py:134
        return self.put_nowait(item)  # 3.11: asyncio/queues.py:135

    def put_nowait(self, item):
        if self.full():  # 3.11: asyncio/queues.py:142
            raise QueueFull  # 3.11: asyncio/queues.py:143
        self._put(item)  # 3.11: asyncio/queues.py:144
        self._unfinished_tasks += 1
        self._finished.clear()  # 3.11: asyncio/queues.py:146
        self._wakeup_next(self._getters)  # 3.11: asyncio/queues.py:147

    async def get(self):
        while self.empty():  # 3.11: asyncio/queues.py:154
            getter = get_running_loop().create_future()
            getter._set_wait_label('queue get')
            self._getters.append(getter)  # 3.11: asyncio/queues.py:156
            try:
                await getter  # 3.11: asyncio/queues.py:158
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)  # 3.11: asyncio/queues.py:163
                if not self.empty() and not getter.cancelled():  # 3.11: asyncio/queues.py:168
                    self._wakeup_next(self._getters)  # 3.11: asyncio/queues.py:171
                raise  # 3.11: asyncio/queues.py:172
        return self.get_nowait()  # 3.11: asyncio/queues.py:173

    def get_nowait(self):
        if self.empty():  # 3.11: asyncio/queues.py:180
            raise QueueEmpty  # 3.11: asyncio/queues.py:181
        item = self._get()  # 3.11: asyncio/queues.py:182
        self._wakeup_next(self._putters)  # 3.11: asyncio/queues.py:183
        return item  # 3.11: asyncio/queues.py:184

    def task_done(self):
        if self._unfinished_tasks <= 0:  # 3.11: asyncio/queues.py:200
            raise ValueError('task_done() called too many times')  # 3.11: asyncio/queues.py:201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:  # 3.11: asyncio/queues.py:203
            self._finished.set()  # 3.11: asyncio/queues.py:204

    async def join(self):
        if self._unfinished_tasks > 0:  # 3.11: asyncio/queues.py:214
            await self._finished.wait()  # 3.11: asyncio/queues.py:215


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    # A heap, as CPython's: equal items come out in the heap's order, not
    # in the order they were put.
    def _put(self, item):
        from heapq import heappush
        heappush(self._queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self._queue)


# ---- TaskGroup and timeout (3.11) ----

class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:  # 3.11: asyncio/taskgroups.py:78
            if self._parent_task.uncancel() == 0:  # 3.11: asyncio/taskgroups.py:80
                propagate_cancellation_error = None
        if et is not None:  # 3.11: asyncio/taskgroups.py:85
            if not self._aborting:  # 3.11: asyncio/taskgroups.py:86
                self._abort()  # 3.11: asyncio/taskgroups.py:99
        while self._tasks:  # 3.11: asyncio/taskgroups.py:105
            if self._on_completed_fut is None:  # 3.11: asyncio/taskgroups.py:106
                self._on_completed_fut = self._loop.create_future()  # 3.11: asyncio/taskgroups.py:107
                self._on_completed_fut._set_wait_label('task group')
            try:
                await self._on_completed_fut  # 3.11: asyncio/taskgroups.py:110
            except CancelledError as ex:
                if not self._aborting:  # 3.11: asyncio/taskgroups.py:112
                    propagate_cancellation_error = ex
                    self._abort()  # 3.11: asyncio/taskgroups.py:122
            self._on_completed_fut = None
        if self._base_error is not None:  # 3.11: asyncio/taskgroups.py:128
            raise self._base_error  # 3.11: asyncio/taskgroups.py:129
        if propagate_cancellation_error and not self._errors:  # 3.11: asyncio/taskgroups.py:133
            raise propagate_cancellation_error  # 3.11: asyncio/taskgroups.py:134
        if et is not None and et is not CancelledError:
            self._errors.append(exc)  # 3.11: asyncio/taskgroups.py:137
        if self._errors:  # 3.11: asyncio/taskgroups.py:139
            try:
                me = _make_group('unhandled errors in a TaskGroup', self._errors)
                raise me from None  # 3.11: asyncio/taskgroups.py:145
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:  # 3.11: asyncio/taskgroups.py:154
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  # 3.11: asyncio/taskgroups.py:155
        if self._exiting and not self._tasks:  # 3.11: asyncio/taskgroups.py:156
            raise RuntimeError(f"TaskGroup {self!r} is finished")  # 3.11: asyncio/taskgroups.py:157
        if self._aborting:  # 3.11: asyncio/taskgroups.py:158
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  # 3.11: asyncio/taskgroups.py:159
        task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._on_task_done)  # 3.11: asyncio/taskgroups.py:165
        self._tasks.add(task)  # 3.11: asyncio/taskgroups.py:166
        return task  # 3.11: asyncio/taskgroups.py:167

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'entered'
        self._task = task
        # Cancellations already asked for are not this timeout's to handle.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:  # 3.11: asyncio/timeouts.py:105
            self._timeout_handler.cancel()  # 3.11: asyncio/timeouts.py:106
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val  # 3.11: asyncio/timeouts.py:115
        elif self._state == 'entered':
            self._state = 'exited'
        return None  # 3.11: asyncio/timeouts.py:119

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---- threads and the loop (CPython's base_events, futures, threads) ----
# Executors and their futures come from concurrent.futures (lib/), imported
# when first needed so programs without threads do not load it.

# id(loop) -> (loop, its default executor)
_default_executors = {}
_native_run = run
_list = list


def _on_loop_created():
    # CPython's selector loop logs its selector at DEBUG when it is made;
    # logging, once imported, leaves the hook that does the same.
    import sys
    hook = getattr(sys, '_asyncio_loop_created', None)
    if hook is not None:
        hook()


_native_new_event_loop = new_event_loop


def new_event_loop():
    loop = _native_new_event_loop()
    _on_loop_created()
    return loop


def run(main, *, debug=None):
    if iscoroutine(main) and _get_running_loop() is None:
        _on_loop_created()
    # As CPython's asyncio.run, wait for the default executor's threads
    # before returning (shutdown_default_executor).
    try:
        return _native_run(main, debug=debug)
    finally:
        _close_asyncgens()
        for key, (loop, executor) in _list(_default_executors.items()):
            if loop.is_closed():
                del _default_executors[key]
                executor.shutdown(wait=True)


# ---- async generators (CPython's asyncgen hooks and their awaitables) ----
# An async generator that dies suspended while a loop runs is closed by a
# task on a later turn (the VM calls _asyncgen_finalizer_hook), as CPython's
# loop does; those the loop did not get to are closed when it shuts down.

_closing_agens = []
_gen_close = type((lambda: (yield))()).close


def _asyncgen_finalizer_hook(agen):
    loop = get_running_loop()
    _closing_agens.append(agen)
    loop.call_soon(_asyncgen_close, loop, agen)


def _asyncgen_close(loop, agen):
    if agen in _closing_agens:
        _closing_agens.remove(agen)
        loop.create_task(agen.aclose())


def _close_asyncgens():
    while _closing_agens:
        agen = _closing_agens.pop(0)
        try:
            _gen_close(agen)
        except BaseException:
            pass




async def _agen_type():
    yield


_async_gen_athrow = type(_agen_type()).athrow
del _agen_type


async def _agen_aclose(self):
    try:
        await _async_gen_athrow(self, GeneratorExit())
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError('async generator ignored GeneratorExit')


async def _anext_default(iterator, default):
    try:
        return await type(iterator).__anext__(iterator)
    except StopAsyncIteration:
        return default


def _loop_add_signal_handler(self, sig, callback, *args):
    # Handlers are kept (no signal comes from outside the playground).
    # (signal's numbers written here: importing it would make the page fetch
    # it, and enum, for every asyncio program.)
    if not isinstance(sig, int):
        if not hasattr(type(sig), '__index__'):
            raise TypeError(f'sig must be an int, not {sig!r}')
        sig = sig.__index__()
    if not (1 <= sig < 65):
        raise ValueError(f'sig {sig} out of range(1, 65)')
    if sig in (9, 19):
        raise RuntimeError(f'sig {sig} cannot be caught')
    handlers = _signal_handlers.setdefault(id(self), {})
    handlers[sig] = (callback, args)


def _loop_remove_signal_handler(self, sig):
    if not isinstance(sig, int) and hasattr(type(sig), '__index__'):
        sig = sig.__index__()
    return _signal_handlers.get(id(self), {}).pop(sig, None) is not None


_signal_handlers = {}


def _loop_set_default_executor(self, executor):
    import concurrent.futures
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _default_executors[id(self)] = (self, executor)


def _loop_run_in_executor(self, executor, func, *args):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if executor is None:
        executor = _default_executors.get(id(self), (None, None))[1]
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            _default_executors[id(self)] = (self, executor)
    return wrap_future(executor.submit(func, *args), loop=self)


def _copy_state(destination, source):
    if source.cancelled():
        destination.cancel()
        return
    exception = source.exception()
    if exception is not None:
        destination.set_exception(exception)
    else:
        destination.set_result(source.result())


def _chain_future(source, destination):
    # Copy source's outcome to destination, each in its own thread (the
    # asyncio side through its loop); cancelling destination cancels source.
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            if not future.cancelled():
                _copy_state(future, other)
        elif not future.cancelled() or not other.cancelled():
            if other.cancelled():
                future.cancel()
            elif future.set_running_or_notify_cancel():
                _copy_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None:
            _set_state(destination, source)
        else:
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


async def to_thread(func, /, *args, **kwargs):
    # The function runs in a copy of the caller's contextvars context.
    import sys
    loop = get_running_loop()
    context = sys._context_get()

    def func_call():
        saved = sys._context_get()
        sys._context_set(context)
        try:
            return func(*args, **kwargs)
        finally:
            sys._context_set(saved)

    return await loop.run_in_executor(None, func_call)  # 3.11: asyncio/threads.py:25


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# ---- event loop policies (what uvloop.EventLoopPolicy() plugs into) ----
# There is one kind of loop; a policy only hands out the usual loops.

class AbstractEventLoopPolicy:
    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy


class _OneKindOfLoop(type):
    # isinstance(loop, SelectorEventLoop) holds for the one kind of loop here.
    def __instancecheck__(cls, obj):
        return isinstance(obj, AbstractEventLoop)


class BaseEventLoop(metaclass=_OneKindOfLoop):
    def __new__(cls, *args, **kwargs):
        return new_event_loop()


class SelectorEventLoop(BaseEventLoop):
    # CPython's loop on Unix. The selector is not used: the loop waits on
    # timers and the host's requests, not on sockets.
    def __new__(cls, selector=None):
        return new_event_loop()
_current_policy = None


def get_event_loop_policy():
    global _current_policy
    if _current_policy is None:
        _current_policy = _UnixDefaultEventLoopPolicy()
    return _current_policy


def set_event_loop_policy(policy):
    global _current_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _current_policy = policy


# ---- running a loop (CPython's base_events.run_forever, runners.Runner) ----

async def _loop_shutdown_asyncgens(self):
    _close_asyncgens()


async def _loop_shutdown_default_executor(self):
    pass


def _log_close(loop):
    # Debug mode: a loop closing says so at DEBUG level.
    import logging
    logging.getLogger('asyncio').debug('Close %r', loop)


def _slow_handle(shown, seconds):
    # Debug mode: a handle held the loop slow_callback_duration or longer.
    import logging
    logging.getLogger('asyncio').warning('Executing %s took %.3f seconds', shown, seconds)


# id(loop) -> (loop, the handler set_exception_handler gave it)
_exception_handlers = {}


def _loop_get_exception_handler(self):
    return _exception_handlers.get(id(self), (None, None))[1]


def _loop_set_exception_handler(self, handler):
    if handler is not None and not callable(handler):
        raise TypeError(f'A callable object or None is expected, got {handler!r}')
    if handler is None:
        _exception_handlers.pop(id(self), None)
    else:
        _exception_handlers[id(self)] = (self, handler)


def _loop_default_exception_handler(self, context):
    # The context's message, then its other entries by key (reprs), then
    # the exception's traceback, logged as an error of the 'asyncio' logger.
    import logging
    exception = context.get('exception')
    lines = [context.get('message') or 'Unhandled exception in event loop']
    lines.extend(f'{key}: {context[key]!r}' for key in sorted(context)
                 if key not in ('message', 'exception'))
    info = (type(exception), exception, exception.__traceback__) if exception is not None else False
    logging.getLogger('asyncio').error('\n'.join(lines), exc_info=info)


def _loop_call_exception_handler(self, context):
    import logging
    handler = _exception_handlers.get(id(self), (None, None))[1]
    try:
        if handler is None:
            self.default_exception_handler(context)
            return
        handler(self, context)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        if handler is None:
            logging.getLogger('asyncio').error('Exception in default exception handler',
                                               exc_info=True)
            return
        try:
            self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                            'exception': exc, 'context': context})
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            logging.getLogger('asyncio').error(
                'Exception in default exception handler while handling an unexpected '
                'error in custom exception handler', exc_info=True)


class _Shown:
    # What the native report has of the task or handle: its repr.
    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


def _custom_exception(message, exception, key, value):
    # A report the loop makes natively (a task's exception never retrieved,
    # a callback that raised) goes to the handler a program set, if any:
    # the running loop's, else the one loop that has one.
    loop = _get_running_loop()
    entry = _exception_handlers.get(id(loop)) if loop is not None else None
    if entry is None and loop is None and len(_exception_handlers) == 1:
        entry = next(iter(_exception_handlers.values()))
    if entry is None:
        return False
    context = {'message': message, 'exception': exception, key: _Shown(value)}
    entry[0].call_exception_handler(context)
    return True


def _loop_run_forever(self):
    # Until loop.stop(): run until a future nobody completes.
    if self.is_running():
        raise RuntimeError('This event loop is already running')
    try:
        self.run_until_complete(self.create_future())
    except RuntimeError as e:
        if str(e) != 'Event loop stopped before Future completed.':
            raise


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            import sys
            import traceback
            exc = task.exception()
            print('unhandled exception during asyncio.run() shutdown', file=sys.stderr)
            print('task:', repr(task), file=sys.stderr)
            traceback.print_exception(exc, file=sys.stderr)


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'




def _submodule(module, **members):
    # One of asyncio's own modules, as an attribute of asyncio holding what
    # CPython's holds (`asyncio.tasks.Task`, `from asyncio.exceptions
    # import CancelledError`).
    import sys
    made = type(sys)('asyncio.' + module)
    for name, value in members.items():
        setattr(made, name, value)
    return made


exceptions = _submodule('exceptions', BrokenBarrierError=BrokenBarrierError,
                        CancelledError=CancelledError, InvalidStateError=InvalidStateError,
                        TimeoutError=TimeoutError)
events = _submodule('events', AbstractEventLoopPolicy=AbstractEventLoopPolicy, Handle=Handle,
                    TimerHandle=TimerHandle, get_event_loop_policy=get_event_loop_policy,
                    set_event_loop_policy=set_event_loop_policy,
                    get_event_loop=get_event_loop, set_event_loop=set_event_loop,
                    new_event_loop=new_event_loop, get_running_loop=get_running_loop,
                    _get_running_loop=_get_running_loop)
futures = _submodule('futures', Future=Future, wrap_future=wrap_future, isfuture=isfuture)
tasks = _submodule('tasks', Task=Task, create_task=create_task,
                   FIRST_COMPLETED=FIRST_COMPLETED, FIRST_EXCEPTION=FIRST_EXCEPTION,
                   ALL_COMPLETED=ALL_COMPLETED, wait=wait, wait_for=wait_for,
                   as_completed=as_completed, sleep=sleep, gather=gather, shield=shield,
                   ensure_future=ensure_future,
                   run_coroutine_threadsafe=run_coroutine_threadsafe,
                   current_task=current_task, all_tasks=all_tasks)
locks = _submodule('locks', Lock=Lock, Event=Event, Condition=Condition, Semaphore=Semaphore,
                   BoundedSemaphore=BoundedSemaphore, Barrier=Barrier)
queues = _submodule('queues', Queue=Queue, PriorityQueue=PriorityQueue, LifoQueue=LifoQueue,
                    QueueFull=QueueFull, QueueEmpty=QueueEmpty)
runners = _submodule('runners', Runner=Runner, run=run)
taskgroups = _submodule('taskgroups', TaskGroup=TaskGroup)
timeouts = _submodule('timeouts', Timeout=Timeout, timeout=timeout, timeout_at=timeout_at)
threads = _submodule('threads', to_thread=to_thread)
coroutines = _submodule('coroutines', iscoroutinefunction=iscoroutinefunction,
                        iscoroutine=iscoroutine)
del _submodule


_STREAMS = ('StreamReader', 'StreamWriter', 'Server', 'start_server', 'open_connection',
            'IncompleteReadError', 'LimitOverrunError')


def __getattr__(name):
    # The streams are lib/_asyncio_streams.py, loaded when a program first
    # names one of them (most programs never do).
    if name in _STREAMS or name == 'streams':
        import _asyncio_streams
        return _asyncio_streams if name == 'streams' else getattr(_asyncio_streams, name)
    if name in ('create_subprocess_exec', 'create_subprocess_shell', 'subprocess'):
        raise NotImplementedError(f'asyncio.{name} is not available in the playground: '
                                  f'a program cannot start other programs here')
    raise AttributeError(name)



# CPython 3.11's asyncio.__all__ (which leaves TaskGroup out), less the
# names the playground does not have (the subprocess functions, the
# transports and protocols, the child watchers). A star import does not read
# it yet: it takes every public name.
__all__ = [
    'BaseEventLoop', 'Server', 'iscoroutinefunction', 'iscoroutine', 'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_running_loop', '_get_running_loop', 'BrokenBarrierError', 'CancelledError',
    'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'Future',
    'wrap_future', 'isfuture', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
    'Barrier', 'Runner', 'run', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull',
    'QueueEmpty', 'StreamReader', 'StreamWriter', 'open_connection', 'start_server', 'Task',
    'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
    'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks', 'to_thread', 'Timeout', 'timeout', 'timeout_at',
    'SelectorEventLoop', 'DefaultEventLoopPolicy',
]
