# concurrent.futures in one module (CPython splits it into _base, thread and
# process): Future, Executor, ThreadPoolExecutor, wait, as_completed and the
# exceptions, including BrokenThreadPool. Classes carry CPython's module
# names so reprs and tracebacks read the same, but there are no
# concurrent.futures.thread/_base/process modules to import from. What
# CPython logs through the logging module (failing callbacks and
# initializers) is written to stderr the way logging's last-resort handler
# writes it.
# ProcessPoolExecutor runs on multiprocessing's workers (ForkProcess-N).
# Left out: idle workers of
# an executor that is dropped without shutdown() stay until the program
# ends (CPython stops them when the executor is garbage collected).
import os
import queue
import sys
import threading
import time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
# Cancelled, and the waiters have been told (when a worker came to it).
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_DESCRIPTION = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}
_DONE = (CANCELLED_AND_NOTIFIED, FINISHED)

TimeoutError = TimeoutError


class Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


class BrokenProcessPool(BrokenExecutor):
    __module__ = 'concurrent.futures.process'


def _log(message, exc=None):
    print(message, file=sys.stderr, flush=True)
    if exc is not None:
        threading._print_exception(exc, sys.stderr)


class _Waiter:
    # Installed on futures by wait() and as_completed(); the futures report
    # to it as they finish, and it sets its event when the caller should
    # look.
    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []

    def _add(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                self.event.set()
            elif self.mode == FIRST_EXCEPTION and failed:
                self.event.set()
            else:
                self.pending -= 1
                if not self.pending:
                    self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)


def _lock_all(fs):
    # Always in the same order, so two callers cannot deadlock.
    for f in sorted(fs, key=id):
        f._condition.acquire()


def _unlock_all(fs):
    for f in fs:
        f._condition.release()


def _install_waiter(fs, mode):
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    pending = 0
    for f in fs:
        if f._state not in _DONE:
            pending += 1
    waiter = _Waiter(mode, pending)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(f, waiter):
    with f._condition:
        if waiter in f._waiters:
            f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    _lock_all(fs)
    try:
        finished = [f for f in fs if f._state in _DONE]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    finally:
        _unlock_all(fs)
    try:
        finished.reverse()
        while True:
            for f in finished:
                pending.discard(f)
                _remove_waiter(f, waiter)
                yield f
            if not pending:
                break
            if timeout is None:
                left = None
            else:
                left = end_time - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(left)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
    finally:
        for f in fs:
            _remove_waiter(f, waiter)


class DoneAndNotDoneFutures:
    # A named pair (CPython's is a namedtuple).
    __slots__ = ('done', 'not_done')

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.done, self.not_done)[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (
            self.done, self.not_done)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    _lock_all(fs)
    try:
        done = set(f for f in fs if f._state in _DONE)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _install_waiter(fs, return_when)
    finally:
        _unlock_all(fs)
    waiter.event.wait(timeout)
    for f in fs:
        _remove_waiter(f, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __class_getitem__(cls, item):
        # Future[int] in annotations; the interpreter's list[int] is list too.
        return cls

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _log('exception calling callback for %r' % (self,), exc)

    def __repr__(self):
        with self._condition:
            name = self.__class__.__name__
            state = _DESCRIPTION[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        name, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    name, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (name, id(self), state)

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception  # 3.11: concurrent/futures/_base.py:401
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED,
                                   FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _log('exception calling callback for %r' % (self,), exc)

    # result() and exception() raise on the lines CPython's tracebacks show:
    # before waiting, or after.
    def result(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()  # 3.11: concurrent/futures/_base.py:447
            if self._state == FINISHED:
                return self.__get_result()  # 3.11: concurrent/futures/_base.py:449
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()  # 3.11: concurrent/futures/_base.py:454
            if self._state == FINISHED:
                return self.__get_result()  # 3.11: concurrent/futures/_base.py:456
            raise TimeoutError()  # 3.11: concurrent/futures/_base.py:458

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()  # 3.11: concurrent/futures/_base.py:483
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()  # 3.11: concurrent/futures/_base.py:490
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()  # 3.11: concurrent/futures/_base.py:494

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log('Future %s in unexpected state: %s' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._state = FINISHED

    def set_result(self, result):
        with self._condition:
            self._finish()
            self._result = result
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._finish()
            self._exception = exception
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)  # 3.11: concurrent/futures/_base.py:317
    finally:
        fut.cancel()


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        # Everything is submitted now; the results come in order.
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())  # 3.11: concurrent/futures/_base.py:619
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())  # 3.11: concurrent/futures/_base.py:621
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# Thread pools ----------------------------------------------------------

_threads_queues = {}    # worker thread -> its executor's work queue
_shutdown = False       # set when the main program has ended
_global_shutdown_lock = threading.Lock()


def _python_exit():
    # Runs from threading._shutdown(): tell every worker to stop once the
    # work already queued is done, and wait for them.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)  # 3.11: concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException as exc:
                _log('Exception in initializer:', exc)
                executor._initializer_failed()
                return
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                executor._idle_semaphore.release()
                continue
            # None means stop; pass it on to the next worker.
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException as exc:
        _log('Exception in worker', exc)
    finally:
        with _global_shutdown_lock:
            _threads_queues.pop(threading.current_thread(), None)


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'
    _executors = 0

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            # Only executors without a prefix take a number.
            with _global_shutdown_lock:
                number = ThreadPoolExecutor._executors
                ThreadPoolExecutor._executors += 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % number
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        # An idle worker will take the new item; otherwise start one more,
        # up to max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            t = threading.Thread(
                name='%s_%d' % (self._thread_name_prefix or self, count),
                target=_worker,
                args=(self, self._work_queue, self._initializer,
                      self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class _ResultPump(threading.Thread):
    # The executor's manager thread: hands each result from the workers to
    # its future.
    def __init__(self, executor):
        super().__init__(daemon=True)
        self._executor = executor

    def run(self):
        import multiprocessing as mp
        ex = self._executor
        while True:
            job, _, obj = mp._get(ex._results, label="waiting for the workers' results")
            if job is None:
                return
            future = ex._pending.pop(job, None)
            if future is None or not future.set_running_or_notify_cancel():
                continue
            ok, value = obj
            if ok:
                future.set_result(value)
            else:
                # The worker's traceback, under the executor's name for it.
                cause = value.__cause__
                if isinstance(cause, mp.RemoteTraceback):
                    value.__cause__ = _RemoteTraceback(cause.tb)
                future.set_exception(value)


class _RemoteTraceback(Exception):
    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        import multiprocessing as mp
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = tuple(initargs)
        self._tasks = mp._new_queue()
        self._results = mp._new_queue()
        self._pids = []
        self._pending = {}
        self._job = 0
        self._shutdown = False
        self._lock = threading.Lock()
        self._pump = None

    def _start(self):
        # Under fork, CPython starts every worker with the first task.
        import multiprocessing as mp
        for _ in range(self._max_workers):
            mp._counter[0] += 1
            name = 'ForkProcess-%d' % mp._counter[0]
            payload = ('worker', self._tasks, self._results,
                       self._initializer, self._initargs, True)
            self._pids.append(mp._spawn(name, payload, False))
        self._pump = _ResultPump(self)
        self._pump.start()

    def submit(self, fn, /, *args, **kwargs):
        import multiprocessing as mp
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            if self._pump is None:
                self._start()
            future = Future()
            self._job += 1
            self._pending[self._job] = future
            try:
                mp._put(self._tasks, (self._job, 0, fn, args, kwargs))
            except Exception as exc:
                del self._pending[self._job]
                future.set_exception(exc)
            return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        import multiprocessing as mp
        with self._lock:
            if self._shutdown:
                return
            self._shutdown = True
            if cancel_futures:
                for future in list(self._pending.values()):
                    future.cancel()
            if self._pump is None:
                return
            for _ in self._pids:
                mp._put(self._tasks, None)
        if wait:
            for pid in self._pids:
                mp._wait_exit(pid)
            mp._put(self._results, (None, 0, None))
            self._pump.join()
