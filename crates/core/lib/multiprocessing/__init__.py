# multiprocessing: processes that run side by side, each its own
# interpreter with its own memory (see the core's `processes` module).
# Process, Pool and the process count work as under CPython's default
# start method on Linux (fork): a child sees the module's functions and
# classes, its target's arguments and results cross by value (pickled, with
# pickle's errors), names are Process-N and ForkPoolWorker-N. A child runs
# the module quietly before its target, as far as the first process start:
# what the main program changed after that (under `if __name__ ==
# "__main__":`) the child does not see, as under the spawn start method.
# Pool callbacks run when the parent next waits on the pool, not on a
# result-handler thread.
# Locks and semaphores are tokens in a queue held by the broker; Pipe is
# two queues.
# Left out: Manager (it names itself),
# Pool's maxtasksperchild, a Pipe's EOFError when the other end closes, a
# lock's repr naming another process that holds it, and shared_memory.
import _os
import _http
import _process
import sys
from _mp_pickle import dumps as _dumps, loads as _loads, _enc, PicklingError

_pid, _ppid, _my_name, _payload = _process.info()
_counter = [0]          # processes started by this one (Process-N)
_queues = [0]
_booting = False        # a child running the module before its target


class ProcessError(Exception):
    __module__ = 'multiprocessing.context'
    pass


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'
    pass




# Exit codes of processes ended by a signal, as repr() names them.
_SIGNAL_NAMES = {-1: '-SIGHUP', -2: '-SIGINT', -9: '-SIGKILL', -15: '-SIGTERM'}


class _BootStop(BaseException):
    pass


def _call(method, what, body=None, timeout=None, headers=(), label=None):
    # label: what the timeline says the caller waits for.
    headers = list(headers)
    headers.append(('label', label or method + ' ' + what))
    r = _http.blocking(method, 'proc:' + what, headers, body, timeout)
    if r[0] is None:
        if r[1] == 'timeout':
            return None
        raise RuntimeError(r[2])
    return r[3]


def _new_queue():
    _queues[0] += 1
    return _pid * 1000000 + _queues[0]


def _put(q, item):
    data = _dumps(item)
    _count_copies()
    _call('PUT', 'queue/%d' % q, data, label='sending to another process')


def _get(q, timeout=None, label='waiting for another process'):
    data = _call('GET', 'queue/%d' % q, None, timeout, label=label)
    if data is None:
        raise TimeoutError
    return _loads(data)


_SKIP = ('function', 'module', 'type', 'builtin_function_or_method', 'method')


def _main_data():
    # The main module's data as it is now, for the child to start from (as
    # fork copies it): each global that pickles, as a dict expression.
    parts = []
    for k, v in eval('globals()').items():
        if k.startswith('__') or type(v).__name__ in _SKIP or isinstance(v, type):
            continue
        try:
            parts.append(repr(k) + ':' + repr(_enc(v, 0)))
        except Exception:
            pass
    # Each value is its own expression: one the child cannot rebuild (an
    # object of a class defined under the __main__ guard) is left out alone.
    return '{' + ','.join(parts) + '}'


_spawning = [False]     # pickling a child's start: locks and shared memory may go


def _inherited(obj, name=None):
    # Locks and shared memory reach a child only as it starts (fork hands
    # them over), never through a queue, a pipe or a pool's task.
    if not _spawning[0]:
        raise RuntimeError('%s objects should only be shared between processes '
                           'through inheritance' % (name or type(obj).__name__))


def _spawn(name, payload, daemon):
    if _booting:
        raise _BootStop
    _spawning[0] = True
    try:
        body = ('(' + _enc(payload, 0) + ',' + _main_data() + ')').encode()
    finally:
        _spawning[0] = False
    _count_copies()
    data = _call('POST', 'spawn', body, None,
                 [('name', name), ('daemon', '1' if daemon else '0')],
                 label='starting ' + name)
    return int(data.decode())


_overlay = {}


def _wait_exit(pid, timeout=None, name=None):
    data = _call('GET', 'exit/%d' % pid, None, timeout,
                 label='join ' + (name or 'process %d' % pid))
    return None if data is None else int(data.decode())


class Process:
    __module__ = 'multiprocessing.context'
    _start_method = 'fork'

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        _counter[0] += 1
        self._identity = _identity + (_counter[0],)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = _current.daemon if daemon is None else daemon
        self._pid = None
        self._exitcode = None
        self._started = False
        self._closed = False
        self._parent_pid = _pid

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert not self._started, 'cannot start a process twice'
        assert self._parent_pid == _pid, 'can only start a process object created by current process'
        assert not _current.daemon, 'daemonic processes are not allowed to have children'
        self._pid = _spawn(self._name, ('process', self), self._daemonic)
        self._started = True
        _children.append(self)

    def __getstate__(self):
        state = dict(self.__dict__)
        state['_started'] = False
        return state

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _pid, 'can only join a child process'
        assert self._started, 'can only join a started process'
        if self._exitcode is None:
            self._exitcode = _wait_exit(self._pid, timeout, self._name)
        if self._exitcode is not None and self in _children:
            _children.remove(self)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        if not self._started:
            return False
        if self._exitcode is None:
            self._exitcode = _wait_exit(self._pid, 0)
        return self._exitcode is None

    def terminate(self):
        self._check_closed()
        if self._started and self._exitcode is None:
            _call('POST', 'kill/%d' % self._pid, label='terminate ' + self._name)

    kill = terminate

    def close(self):
        if self._started and self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        assert not self._started, 'process has already started'
        self._daemonic = value

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        # Known once join() or is_alive() saw the end (a property cannot
        # wait for the broker's answer).
        self._check_closed()
        return self._exitcode

    @property
    def authkey(self):
        return b''

    @property
    def sentinel(self):
        return self._pid

    def __repr__(self):
        # The exit code as join() or is_alive() saw it (repr cannot wait).
        exitcode = None
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif not self._started:
            status = 'initial'
        elif self._exitcode is None:
            status = 'started'
        else:
            status = 'stopped'
            exitcode = _SIGNAL_NAMES.get(self._exitcode, self._exitcode)
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None and self is not _current and status not in ('initial', 'closed'):
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


_identity = ()
_children = []


class _Current(Process):
    def __init__(self, name, pid, parent, daemon):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = parent
        self._daemonic = daemon
        self._exitcode = None
        self._started = True
        self._closed = False
        self._target = None

    def __repr__(self):
        return "<%s name=%r parent=%s started%s>" % (
            self._kind, self._name, self._parent_pid, ' daemon' if self._daemonic else '')


_current = _Current('MainProcess', _pid, None, False)
_current._kind = '_MainProcess'


def current_process():
    return _current


def parent_process():
    return None if _payload is None else _Current('MainProcess', _ppid, None, False)


def active_children():
    return [p for p in list(_children) if p.is_alive()]


def cpu_count():
    return _os.cpu_count()


# Pools -----------------------------------------------------------------

_RUN, _CLOSE, _TERMINATE = 0, 1, 2


class _Waiting:
    # map() and itertools.starmap() as generators: a job may wait (a
    # request, a sleep), which it can in a generator list() takes from.
    @staticmethod
    def map(func, items):
        for x in items:
            yield func(x)

    @staticmethod
    def starmap(func, items):
        for x in items:
            yield func(*x)


def mapstar(args, map=_Waiting.map):
    return list(map(*args))  # 3.11: multiprocessing/pool.py:48


def starmapstar(args, itertools=_Waiting):
    return list(itertools.starmap(args[0], args[1]))  # 3.11: multiprocessing/pool.py:51


class RemoteTraceback(Exception):
    __module__ = 'multiprocessing.pool'
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb




class MaybeEncodingError(Exception):
    __module__ = 'multiprocessing.pool'
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)




class ApplyResult:
    __module__ = 'multiprocessing.pool'
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        pool._job += 1
        self._job = pool._job
        self._callback = callback
        self._error_callback = error_callback
        self._ready = False
        self._success = None
        self._value = None
        pool._cache[self._job] = self

    def ready(self):
        return self._ready

    def successful(self):
        if not self._ready:
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._pool._collect_until(lambda: self._ready, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            raise TimeoutError  # 3.11: multiprocessing/pool.py:770
        if self._success:
            return self._value
        raise self._value  # 3.11: multiprocessing/pool.py:774

    def _set(self, i, obj):
        self._success, self._value = obj
        self._done()

    def _done(self):
        self._ready = True
        if self._success and self._callback:
            self._callback(self._value)
        if not self._success and self._error_callback:
            self._error_callback(self._value)
        del self._pool._cache[self._job]


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    __module__ = 'multiprocessing.pool'
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._left = 0
            self._done()
        else:
            self._left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif self._success:
            self._success = False
            self._value = result
        if self._left == 0:
            self._done()




class IMapIterator:
    __module__ = 'multiprocessing.pool'
    def __init__(self, pool, ordered):
        self._pool = pool
        pool._job += 1
        self._job = pool._job
        self._ordered = ordered
        self._items = {} if ordered else []
        self._index = 0
        self._length = None
        pool._cache[self._job] = self

    def _set(self, i, obj):
        if self._ordered:
            self._items[i] = obj
        else:
            self._items.append(obj)

    def __iter__(self):
        return self

    def _ready_item(self):
        if self._ordered:
            return self._index in self._items
        return bool(self._items)

    def next(self, timeout=None):
        if self._length is not None and self._index >= self._length:
            self._pool._cache.pop(self._job, None)
            raise StopIteration
        self._pool._collect_until(self._ready_item, timeout)
        if not self._ready_item():
            raise TimeoutError
        obj = self._items.pop(self._index) if self._ordered else self._items.pop(0)
        self._index += 1
        success, value = obj
        if success:
            return value
        raise value

    __next__ = next




class Pool:
    __module__ = 'multiprocessing.pool'
    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._setup(processes, initializer)
        self._tasks = _new_queue()
        self._results = _new_queue()
        for _ in range(self._processes):
            _counter[0] += 1
            name = 'ForkPoolWorker-%d' % _counter[0]
            pid = _spawn(name, ('worker', self._tasks, self._results,
                                initializer, tuple(initargs)), True)
            self._pool.append(pid)

    def _setup(self, processes, initializer):
        # What a pool of processes and one of threads (pool.ThreadPool) check and keep.
        self._state = _RUN
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._cache = {}
        self._job = 0
        self._pool = []

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds={}):
        self._put_task((job, i, func, args, kwds))

    def _put_task(self, task):
        # A task for a worker (None: stop), on the broker's queue.
        _put(self._tasks, task)

    def _wait_worker(self, pid):
        _wait_exit(pid)


    def _collect_until(self, done, timeout=None):
        # Results arrive in the order the workers sent them; each goes to
        # the job it belongs to.
        import time
        end = None if timeout is None else time.monotonic() + timeout
        while not done():
            left = None if end is None else max(0.0, end - time.monotonic())
            result = self._next_result(left)
            if result is None:
                return
            job, i, obj = result
            if job in self._cache:
                self._cache[job]._set(i, obj)

    def _next_result(self, timeout):
        # (job, index, (success, value)) as a worker sent it, or None in time.
        data = _call('GET', 'queue/%d' % self._results, None, timeout,
                     label='waiting for the pool\'s results')
        return None if data is None else _loads(data)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, tuple(args), dict(kwds))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        items = list(iterable)
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        for i in range(0, len(items), chunksize or 1):
            chunk = items[i:i + chunksize]
            self._submit(result._job, i // chunksize, mapper, ((func, chunk),))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()  # 3.11: multiprocessing/pool.py:367

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()  # 3.11: multiprocessing/pool.py:375

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = IMapIterator(self, ordered)
        items = list(iterable)
        n = 0
        for i in range(0, len(items), chunksize):
            self._submit(result._job, n, mapstar, ((func, items[i:i + chunksize]),))
            n += 1
        result._length = n

        def results():
            # A generator calling next() itself: list() and for loops may
            # wait in it (a class's __next__ is called from native code).
            while True:
                try:
                    chunk = result.next()
                except StopIteration:
                    return
                yield from chunk
        return results()

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE

    def terminate(self):
        self._state = _TERMINATE
        for pid in self._pool:
            _call('POST', 'kill/%d' % pid, label='terminating the pool')

    def join(self):
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        if self._state == _CLOSE:
            self._collect_until(lambda: not self._cache)
            for _ in self._pool:
                self._put_task(None)
        for worker in self._pool:
            self._wait_worker(worker)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (
            ('RUN', 'CLOSE', 'TERMINATE')[self._state], len(self._pool))




def _remote_error(exc):
    import traceback
    text = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % text)
    return exc


class _CallItem:
    # A ProcessPoolExecutor's call, as its worker holds it.
    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _worker(tasks, results, initializer, initargs, executor=False):
    # A Pool's worker, or (`executor`) a ProcessPoolExecutor's: each calls
    # on the line of CPython's its tracebacks show.
    if initializer is not None:
        initializer(*initargs)
    while True:
        data = _call('GET', 'queue/%d' % tasks, label='waiting for a task')
        if data == b'None':
            break
        try:
            job, i, func, args, kwds = _loads(data)
        except Exception as e:
            # What the parent pickled cannot be found here: the job fails.
            job, i = (int(x) for x in data.decode()[1:].split(',', 2)[:2])
            _put(results, (job, i, (False, e)))
            continue
        try:
            if executor:
                call_item = _CallItem(func, args, kwds)
                r = call_item.fn(*call_item.args, **call_item.kwargs)  # 3.11: concurrent/futures/process.py:261 _process_worker
                result = (True, r)
            else:
                result = (True, func(*args, **kwds))  # 3.11: multiprocessing/pool.py:125 worker
        except Exception as e:
            result = (False, _remote_error(e))
        try:
            _put(results, (job, i, result))
        except Exception as e:
            _put(results, (job, i, (False, MaybeEncodingError(e, result[1]))))


def _child_boot():
    # A child process: run the module quietly (up to the first process
    # start), then the target. The module runs as a function of the
    # program's globals (a frame, so it may sleep, join or run a loop).
    # (exec without dicts runs in the program's own globals.)
    global _booting, _current, _identity
    _booting = True
    _process.quiet(True)
    exec("__name__ = '__mp_main__'")
    try:
        _process.main()()
    except BaseException:
        pass
    exec("__name__ = '__main__'")
    _booting = False
    try:
        task, data = _loads(_payload)
    except Exception as e:
        _process.booted()
        sys.stderr.write('Process %s: %s: %s\n' % (_my_name, type(e).__name__, e))
        sys.exit(1)
    for k, expr in data.items():
        try:
            _overlay[k] = _loads(expr.encode())
        except Exception:
            pass
    for k in _overlay:
        exec('%s = __import__("multiprocessing")._overlay[%r]' % (k, k))
    _overlay.clear()
    _process.booted()
    if task[0] == 'worker':
        _current = _Current(_my_name, _pid, _ppid, True)
        _current._kind = 'ForkProcess'
        _current._identity = (int(_my_name.rsplit('-', 1)[1]),)
        _identity = _current._identity
        _worker(*task[1:])
        _close_inherited()
        return
    proc = task[1]
    proc._pid = _pid
    proc._started = True
    proc._parent_pid = _ppid
    _current = proc
    _identity = proc._identity
    code = 0
    try:
        proc.run()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if e.code is not None and not isinstance(e.code, int):
            sys.stderr.write(str(e.code) + '\n')
    except BaseException:
        import traceback
        code = 1
        sys.stderr.write('Process %s:\n' % proc.name)
        traceback.print_exc()
    _close_inherited()
    if code:
        sys.exit(code)


class Queue:
    __module__ = 'multiprocessing.queues'
    # A queue between processes, held by the broker: put and get from any
    # process that has it (it pickles as its number).
    def __init__(self, maxsize=0):
        self._qid = _new_queue()
        self._maxsize = maxsize
        self._closed = False
        # A bounded queue's free places: tokens that put takes and get gives back.
        self._places = None
        if maxsize > 0:
            self._places = _new_queue()
            for _ in range(maxsize):
                _token(self._places)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if self._places is not None:
            wait = max(timeout, 0) if block and timeout is not None else None if block else 0
            if _call('GET', 'queue/%d' % self._places, None, wait, label='Queue.put') is None:
                import queue
                raise queue.Full
        _put(self._qid, obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        import queue
        if self._closed:
            raise ValueError('Queue %r is closed' % self)
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        data = _call('GET', 'queue/%d' % self._qid, None, timeout, label='Queue.get')
        if data is None:
            raise queue.Empty
        if self._places is not None:
            _token(self._places)
        return _loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return int(_call('GET', 'size/%d' % self._qid, label='Queue.qsize').decode())

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


SimpleQueue = Queue


class JoinableQueue(Queue):
    __module__ = 'multiprocessing.queues'
    # Two more queues: a token per item put and not yet done, and a token
    # while none is unfinished, which join waits for.

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = _new_queue()
        self._all_done = _new_queue()
        _token(self._all_done)

    def put(self, obj, block=True, timeout=None):
        Queue.put(self, obj, block, timeout)
        while _call('GET', 'queue/%d' % self._all_done, None, 0,
                    label='JoinableQueue.put') is not None:
            pass
        _call('PUT', 'token/%d' % self._unfinished, b'', label='JoinableQueue.put')

    def task_done(self):
        if _call('GET', 'queue/%d' % self._unfinished, None, 0,
                 label='JoinableQueue.task_done') is None:
            raise ValueError('task_done() called too many times')
        left = _call('GET', 'size/%d' % self._unfinished, label='JoinableQueue.task_done')
        if int(left.decode()) == 0:
            _token(self._all_done)

    def join(self):
        _call('GET', 'queue/%d' % self._all_done, None, None, label='JoinableQueue.join')
        _token(self._all_done)


def _unavailable(what):
    raise NotImplementedError(what + ": not available in the playground yet "
                              "(Process and Pool are)")


# Locks and semaphores: a queue of tokens held by the broker (acquire takes
# one, waiting while there is none; release puts one back at once). They
# cross to a child by their queue's number, so every process shares them.

def _token(q):
    _call('PUT', 'token/%d' % q, b'', label='releasing a lock')


class _SemLock:
    __module__ = 'multiprocessing.synchronize'

    def __init__(self, value, maxvalue):
        self._q = _new_queue()
        self._maxvalue = maxvalue
        self._owner = None      # (pid, thread) holding it, as this process knows
        self._count = 0
        for _ in range(value):
            _token(self._q)

    def _take(self, block, timeout):
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        label = type(self).__name__ + '.acquire'
        if _call('GET', 'queue/%d' % self._q, None, timeout, label=label) is None:
            return False
        self._owner = _me()
        self._count += 1
        return True

    def acquire(self, block=True, timeout=None):
        return self._take(block, timeout)

    def release(self):
        if self._maxvalue is not None and self._value() >= self._maxvalue:
            raise ValueError('semaphore or lock released too many times')
        self._count = max(0, self._count - 1)
        if not self._count:
            self._owner = None
        _token(self._q)

    def _value(self):
        return int(_call('GET', 'size/%d' % self._q, label='a semaphore\'s value').decode())

    def _holder(self):
        # Who holds it, as CPython's reprs say, from what this process
        # knows (a repr cannot wait for the broker): another process
        # holding it is not seen.
        if self._owner == _me():
            import threading
            name = current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
            return name
        if self._owner is not None:
            return 'SomeOtherThread'
        return None

    def __getstate__(self):
        # A child starts holding none of it.
        _inherited(self)
        return {'_q': self._q, '_maxvalue': self._maxvalue, '_owner': None, '_count': 0}

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


def _me():
    import threading
    return (_pid, threading.get_ident())


class Lock(_SemLock):
    __module__ = 'multiprocessing.synchronize'
    def __init__(self):
        _SemLock.__init__(self, 1, 1)

    def __repr__(self):
        return '<Lock(owner=%s)>' % self._holder()


class RLock(_SemLock):
    __module__ = 'multiprocessing.synchronize'
    # Held by one thread of one process, any number of times over.
    def __init__(self):
        _SemLock.__init__(self, 1, 1)

    def acquire(self, block=True, timeout=None):
        if self._owner == _me():
            self._count += 1
            return True
        return self._take(block, timeout)

    def release(self):
        if self._owner != _me():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _token(self._q)

    def __repr__(self):
        holder = self._holder()
        if holder is None:
            return '<RLock(None, 0)>'
        return '<RLock(%s, %s)>' % (holder, self._count if self._owner == _me() else 'nonzero')


class Semaphore(_SemLock):
    __module__ = 'multiprocessing.synchronize'
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        _SemLock.__init__(self, value, None)

    def get_value(self):
        return self._value()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, _value_or_unknown(self))


def _value_or_unknown(sem):
    # As CPython's reprs when they cannot tell (a repr cannot wait for
    # the broker).
    try:
        return sem._value()
    except RuntimeError:
        return 'unknown'


class BoundedSemaphore(Semaphore):
    __module__ = 'multiprocessing.synchronize'
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def __repr__(self):
        return '<BoundedSemaphore(value=%s, maxvalue=%s)>' % (_value_or_unknown(self),
                                                                self._maxvalue)


class Event:
    __module__ = 'multiprocessing.synchronize'
    # Set while its queue holds a token: wait takes the token and puts it
    # back, so every waiter goes through; clear takes them all.

    def __init__(self):
        self._q = _new_queue()

    def is_set(self):
        return int(_call('GET', 'size/%d' % self._q, label='Event.is_set').decode()) > 0

    def set(self):
        if not self.is_set():
            _call('PUT', 'token/%d' % self._q, b'', label='Event.set')

    def clear(self):
        while _call('GET', 'queue/%d' % self._q, None, 0, label='Event.clear') is not None:
            pass

    def wait(self, timeout=None):
        if timeout is not None and timeout < 0:
            timeout = 0
        if _call('GET', 'queue/%d' % self._q, None, timeout, label='Event.wait') is None:
            return False
        _call('PUT', 'token/%d' % self._q, b'', label='Event.wait')
        return True

    def __getstate__(self):
        return {'_q': self._q}


class Condition:
    __module__ = 'multiprocessing.synchronize'
    # CPython's: a lock, and semaphores counting the sleepers, those woken
    # and the wake-ups given, so that any process holding the lock may wake
    # the others.

    def __init__(self, lock=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __getstate__(self):
        _inherited(self)
        return self.__dict__

    def __repr__(self):
        try:
            waiters = self._sleeping_count._value() - self._woken_count._value()
        except Exception:
            waiters = 'unknown'
        return '<%s(%s, %s)>' % (type(self).__name__, self._lock, waiters)

    def wait(self, timeout=None):
        assert self._lock._owner == _me(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._count
        for _ in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._owner == _me(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Wake-ups of sleepers that timed out since the last notify do not count.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire- res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


def _shared_item(k):
    # Item k of an object's `_shared` array, as an attribute.
    def set_item(self, value):
        self._shared[k] = value
    return property(lambda self: self._shared[k], set_item)


class Barrier:
    __module__ = 'multiprocessing.synchronize'
    # threading.Barrier's state machine (state 0 filling, 1 draining, -1
    # resetting, -2 broken; the count waiting) in shared memory, under a
    # Condition, as CPython's.

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition()
        self._shared = RawArray('i', 2)
        self._action = action
        self._timeout = timeout
        self._parties = parties

    _state = _shared_item(0)
    _count = _shared_item(1)

    def __getstate__(self):
        _inherited(self)
        return self.__dict__

    def __repr__(self):
        # What this process last saw (a repr cannot wait for the broker).
        state, count = self._shared._seen
        if state == -2:
            return '<%s.%s at %#x: broken>' % (type(self).__module__, type(self).__qualname__, id(self))
        return '<%s.%s at %#x: waiters=%d/%d>' % (
            type(self).__module__, type(self).__qualname__, id(self), count if state == 0 else 0,
            self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            import threading
            raise threading.BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        import threading
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._state < 0:
            raise threading.BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (0, -2):
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


# Value and Array (multiprocessing.sharedctypes): ctypes-like data held by
# the broker in a queue of one item, which an access takes and puts back,
# so each access is whole; Value and Array wrap it with a lock (an RLock
# unless told). A `.value` or `a[i]` that reads it blocks like a lock: it
# works in the program's own lines, not inside a call the interpreter makes
# for itself (`print(v)` shows the value this process last saw).

# typecode: (ctypes name, kind, bits); c_longlong is c_long on 64-bit Linux.
_CTYPES = {
    'c': ('c_char', 'c', 8), 'u': ('c_wchar', 'u', 32),
    'b': ('c_byte', 's', 8), 'B': ('c_ubyte', 'U', 8),
    'h': ('c_short', 's', 16), 'H': ('c_ushort', 'U', 16),
    'i': ('c_int', 's', 32), 'I': ('c_uint', 'U', 32),
    'l': ('c_long', 's', 64), 'L': ('c_ulong', 'U', 64),
    'q': ('c_long', 's', 64), 'Q': ('c_ulong', 'U', 64),
    'f': ('c_float', 'f', 32), 'd': ('c_double', 'f', 64),
}


def _ctype(typecode):
    if typecode not in _CTYPES:
        raise TypeError('this type has no size')
    return _CTYPES[typecode]


def _f32(x):
    # The nearest float32, ties to even (ctypes' c_float).
    if x != x or x == 0 or x in (float('inf'), float('-inf')):
        return x
    m, e = abs(x), 0
    while m >= 2 ** 24:
        m /= 2
        e += 1
    while m < 2 ** 23:
        m *= 2
        e -= 1
    if e < -149:
        step = 2 ** (-149 - e)
        m = round(m / step) * step
    r = round(m) * 2.0 ** e
    if r > 3.4028234663852886e38:
        r = float('inf')
    return r if x > 0 else -r


def _convert(typecode, v):
    name, kind, bits = _ctype(typecode)
    if kind == 'f':
        if not isinstance(v, (int, float)):
            raise TypeError('must be real number, not %s' % type(v).__name__)
        return _f32(float(v)) if bits == 32 else float(v)
    if kind == 'c':
        if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 256:
            return bytes([v])
        if isinstance(v, bytes) and len(v) == 1:
            return v
        raise TypeError('one character bytes, bytearray or integer expected')
    if kind == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('unicode string expected instead of %s instance' % type(v).__name__)
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    v = int(v) % (1 << bits)
    if kind == 's' and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def _zero(typecode):
    kind = _ctype(typecode)[1]
    return {'c': b'\x00', 'u': '\x00', 'f': 0.0}.get(kind, 0)


class _Shared:
    # The data's queue at the broker, and what this process last saw of it.
    # Reading it waits for the broker: print(), str(), repr() and len() of
    # it run in the program's frames (vm/generator_calls.rs).
    _waits = True

    def __str__(self):
        return self.__repr__()
    def _open(self, data):
        self._q = _new_queue()
        self._seen = data
        _call('PUT', 'token/%d' % self._q, _dumps(data), label='sharing memory')

    def _read(self):
        data = _call('GET', 'queue/%d' % self._q, label='reading shared memory')
        _call('PUT', 'token/%d' % self._q, data, label='reading shared memory')
        self._seen = _loads(data)
        return self._seen

    def _write(self, change):
        # change(old) is the new data; the queue stays empty meanwhile, and
        # gets the old data back if change raises.
        data = _call('GET', 'queue/%d' % self._q, label='writing shared memory')
        try:
            new = change(_loads(data))
            data = _dumps(new)
        finally:
            _call('PUT', 'token/%d' % self._q, data, label='writing shared memory')
        self._seen = new

    def __getstate__(self):
        _inherited(self, self._type_name())
        return self.__dict__


# A manager's shared objects. CPython keeps them in a server process and
# each proxy asks it; here each object's data is at the broker (see
# _Shared): a read takes it and puts it back, a change takes
# it, changes it and puts it back, so other processes wait meanwhile, as
# the server serves one request at a time. Proxies travel anywhere, pool
# tasks included.

class BaseProxy:
    __module__ = 'multiprocessing.managers'
    # Its reads wait for the broker: len(), str(), repr() and print() of it
    # run in the program's frames (vm/generator_calls.rs).
    _waits = True

    def __getstate__(self):
        return self.__dict__

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return str(self._read())

    def _not_contains(self, x):
        # `x not in proxy` (vm/interp/mod.rs runs it as a frame, as __contains__).
        return x not in self._read()



def _set(o, k, v):
    o[k] = v


def _del(o, k):
    del o[k]


def _imul(o, n):
    o *= n
    return o


_SPECIAL = {
    '__len__': len, '__getitem__': lambda o, k: o[k], '__contains__': lambda o, x: x in o,
    '__add__': lambda o, x: o + x, '__mul__': lambda o, n: o * n, '__rmul__': lambda o, n: n * o,
    '__reversed__': lambda o: iter(list(reversed(o))), '__eq__': lambda o, x: o == x,
    '__ne__': lambda o, x: o != x, '__lt__': lambda o, x: o < x, '__le__': lambda o, x: o <= x,
    '__gt__': lambda o, x: o > x, '__ge__': lambda o, x: o >= x,
    '__setitem__': _set, '__delitem__': _del, '__imul__': _imul,
}


def _op(name):
    return _SPECIAL.get(name) or (lambda o, *args, **kwargs: getattr(o, name)(*args, **kwargs))


def _proxy_methods(cls, reads, writes):
    for name in reads:
        def read(self, *args, _f=_op(name), **kwargs):
            return _f(self._read(), *args, **kwargs)
        read.__name__ = name
        setattr(cls, name, read)
    for name in writes:
        def write(self, *args, _f=_op(name), **kwargs):
            result = []
            def change(old):
                result.append(_f(old, *args, **kwargs))
                return old
            self._write(change)
            return result[0]
        write.__name__ = name
        setattr(cls, name, write)
    return cls


class ListProxy(BaseProxy, _Shared):
    _typeid = 'list'

    def __init__(self, data=()):
        self._open(list(data))

    def __iter__(self):
        return iter(self._read())

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        self._write(lambda old: _imul(old, n))
        return self


class DictProxy(BaseProxy, _Shared):
    _typeid = 'dict'

    def __init__(self, *args, **kwargs):
        self._open(dict(*args, **kwargs))

    def __iter__(self):
        return iter(list(self._read()))

    def keys(self):
        return list(self._read().keys())

    def values(self):
        return list(self._read().values())

    def items(self):
        return list(self._read().items())


class ValueProxy(BaseProxy, _Shared):
    _typeid = 'Value'

    def __init__(self, typecode, value, lock=True):
        self._open(value)

    def get(self):
        return self._read()

    def set(self, value):
        self._write(lambda old: value)

    value = property(get, set)


class Namespace:
    __module__ = 'multiprocessing.managers'

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ['%s=%r' % (k, v) for k, v in self.__dict__.items() if not k.startswith('_')]
        return 'Namespace(%s)' % ', '.join(sorted(items))


class NamespaceProxy(BaseProxy, _Shared):
    _typeid = 'Namespace'

    def __init__(self, **kwds):
        self._open(Namespace(**kwds))

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._read(), name)

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
            return
        def change(ns):
            setattr(ns, name, value)
            return ns
        self._write(change)

    def __delattr__(self, name):
        def change(ns):
            delattr(ns, name)
            return ns
        self._write(change)


class SyncManager:
    __module__ = 'multiprocessing.managers'
    _count = [0]

    def __init__(self, *args, **kwargs):
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise _process_error('Already started server')
        SyncManager._count[0] += 1
        self._state = 'started'
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        self._state = 'shutdown'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()

    def list(self, sequence=()):
        return ListProxy(sequence)

    def dict(self, *args, **kwargs):
        return DictProxy(*args, **kwargs)

    def Value(self, typecode, value, lock=True):
        return ValueProxy(typecode, value, lock)

    def Array(self, typecode, sequence, lock=True):
        return ListProxy(sequence)

    def Namespace(self):
        return NamespaceProxy()

    def Lock(self):
        return _ManagedLock()

    def RLock(self):
        return _ManagedRLock()

    def Semaphore(self, value=1):
        return _ManagedSemaphore(value)

    def BoundedSemaphore(self, value=1):
        return _ManagedBoundedSemaphore(value)

    def Event(self):
        return _ManagedEvent()

    def Condition(self, lock=None):
        return _ManagedCondition(lock)

    def Barrier(self, parties, action=None, timeout=None):
        return _ManagedBarrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        return _ManagedJoinableQueue(maxsize)

    JoinableQueue = Queue


def _process_error(msg):
    return ProcessError(msg)


def _managed_getstate(self):
    # As the unmanaged one's, without its check: a manager's object travels.
    was = _spawning[0]
    _spawning[0] = True
    try:
        return self._unmanaged_getstate()
    finally:
        _spawning[0] = was


# CPython's proxy type for each, as its repr names it.
_PROXY_NAMES = {'Lock': 'AcquirerProxy', 'RLock': 'AcquirerProxy', 'Semaphore': 'AcquirerProxy',
                'BoundedSemaphore': 'AcquirerProxy', 'Event': 'EventProxy',
                'Condition': 'ConditionProxy', 'Barrier': 'BarrierProxy',
                'JoinableQueue': 'AutoProxy[Queue]'}


def _managed_repr(self):
    typeid = self._typeid
    return '<%s object, typeid %r at %#x>' % (_PROXY_NAMES[typeid], 'Queue' if typeid == 'JoinableQueue' else typeid, id(self))


def _managed(cls):
    # cls, whose objects may be sent anywhere (through a pool's task too):
    # kept as _Managed<name> in this module (pickles find it there).
    attrs = {'__module__': 'multiprocessing', '__qualname__': '_Managed' + cls.__name__,
             '_typeid': cls.__name__, '__repr__': _managed_repr}
    base_state = getattr(cls, '__getstate__', None)
    if base_state is not None:
        attrs['_unmanaged_getstate'] = base_state
        attrs['__getstate__'] = _managed_getstate
    return type(cls.__name__, (cls,), attrs)


_ManagedLock = _managed(Lock)
_ManagedRLock = _managed(RLock)
_ManagedSemaphore = _managed(Semaphore)
_ManagedBoundedSemaphore = _managed(BoundedSemaphore)
_ManagedEvent = _managed(Event)
_ManagedCondition = _managed(Condition)
_ManagedBarrier = _managed(Barrier)
_ManagedJoinableQueue = _managed(JoinableQueue)


def Manager():
    m = SyncManager()
    m.start()
    return m


_proxy_methods(ListProxy,
               ('__len__', '__getitem__', '__contains__', 'count', 'index', '__add__', '__mul__',
                '__rmul__', '__reversed__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'),
               ('append', 'extend', 'insert', 'pop', 'remove', 'reverse', 'sort', '__setitem__',
                '__delitem__'))
_proxy_methods(DictProxy,
               ('__len__', '__getitem__', '__contains__', 'get', 'copy', '__eq__', '__ne__'),
               ('__setitem__', '__delitem__', 'clear', 'pop', 'popitem', 'setdefault', 'update'))


class _CValue(_Shared):
    # A ctypes scalar: c_int(5).

    def __init__(self, typecode, *args):
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        self._typecode = typecode
        self._open(_convert(typecode, args[0]) if args else _zero(typecode))

    @property
    def value(self):
        return self._read()

    @value.setter
    def value(self, v):
        v = _convert(self._typecode, v)
        self._write(lambda old: v)

    def _type_name(self):
        return _ctype(self._typecode)[0]

    def __repr__(self):
        return '%s(%r)' % (self._type_name(), self._read())


def _chars(items):
    # A c_char array's one-byte items as one bytes object.
    return bytes([b[0] for b in items])


class _CArray(_Shared):
    # A ctypes array: c_int_Array_3.

    def __init__(self, typecode, size_or_initializer):
        if isinstance(size_or_initializer, int):
            items = [_zero(typecode)] * size_or_initializer
        else:
            items = [_convert(typecode, v) for v in size_or_initializer]
        self._typecode = typecode
        self._len = len(items)
        self._open(items)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('indices must be integers')
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        return i

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        items = self._read()
        if isinstance(i, slice):
            part = items[i]
            return _chars(part) if self._typecode == 'c' else \
                ''.join(part) if self._typecode == 'u' else part
        return items[self._index(i)]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            vs = [_convert(self._typecode, x) for x in v]
            if len(range(self._len)[i]) != len(vs):
                raise ValueError('Can only assign sequence of same size')

            def change(items):
                items[i] = vs
                return items
        else:
            at, v = self._index(i), _convert(self._typecode, v)

            def change(items):
                items[at] = v
                return items
        self._write(change)

    def __iter__(self):
        return iter(self._read())

    @property
    def value(self):
        # A char array's bytes up to the first NUL.
        items = self._read()
        if self._typecode == 'c':
            return _chars(items[:items.index(b'\x00')] if b'\x00' in items else items)
        if self._typecode == 'u':
            return ''.join(items).split('\x00')[0]
        raise AttributeError("'%s' object has no attribute 'value'" % self._type_name())

    @value.setter
    def value(self, v):
        if self._typecode not in 'cu':
            raise AttributeError("'%s' object has no attribute 'value'" % self._type_name())
        if len(v) > self._len:
            raise ValueError('byte string too long')
        vs = list(v[i:i + 1] for i in range(len(v)))

        def change(items):
            items[:len(vs)] = vs
            if len(vs) < self._len:
                items[len(vs)] = _zero(self._typecode)
            return items
        self._write(change)

    @property
    def raw(self):
        if self._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % self._type_name())
        return _chars(self._read())

    def _type_name(self):
        return '%s_Array_%d' % (_ctype(self._typecode)[0], self._len)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s object at %#x>' % (self._type_name(), id(self))


# Left out: ctypes types as arguments (typecodes only), the ctypes classes
# themselves (type(RawValue('i')) is _CValue, whose reprs and errors name
# c_int).

def RawValue(typecode_or_type, *args):
    return _CValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    return _CArray(typecode_or_type, size_or_initializer)


def _with_lock(obj, lock, wrapper):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return wrapper(obj, lock)


def Value(typecode_or_type, *args, lock=True):
    return _with_lock(RawValue(typecode_or_type, *args), lock, Synchronized)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    return _with_lock(RawArray(typecode_or_type, size_or_initializer), lock,
                      SynchronizedString if typecode_or_type == 'c' else SynchronizedArray)


class SynchronizedBase:
    __module__ = 'multiprocessing.sharedctypes'

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __getstate__(self):
        _inherited(self)
        return self.__dict__

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    _waits = True

    def __str__(self):
        return self.__repr__()

    def __repr__(self):
        # As a call, so that the value's read runs in the program's frames.
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj.__repr__())


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        with self._lock:
            return iter(self._obj._read())


class SynchronizedString(SynchronizedArray):
    value = Synchronized.value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw


# Pipe: two connections over the broker's queues (one each way). Each end
# counts its open copies at the broker (a token each: the first, and one per
# process that inherits it); when the last is closed (or its process ends),
# the other end reads EOF: an empty message, left in place for the next recv.

_connections = []       # the ends this process inherited (closed as it ends)
_copied = []            # the copies' counters of ends just pickled


def _count_copies():
    for q in _copied:
        _token(q)
    _copied.clear()


class Connection:
    __module__ = 'multiprocessing.connection'

    def __init__(self, inbox, outbox, readable, writable, copies):
        self._inbox = inbox
        self._outbox = outbox
        self._readable = readable
        self._writable = writable
        self._copies = copies
        self._closed = False
        _token(copies)

    def __getstate__(self):
        # Another process gets a copy of this end (fork duplicates it): it
        # is counted once the pickle is made (a pickle cannot wait).
        _copied.append(self._copies)
        state = dict(self.__dict__)
        state['_closed'] = False
        return state

    def __setstate__(self, state):
        for k, v in state.items():
            object.__setattr__(self, k, v)
        _connections.append(self)

    def _check(self, readable=False, writable=False):
        if self._closed:
            raise OSError('handle is closed')
        if readable and not self._readable:
            raise OSError('connection is write-only')
        if writable and not self._writable:
            raise OSError('connection is read-only')

    def send(self, obj):
        self._check(writable=True)
        _put(self._outbox, obj)

    def _receive(self, label):
        data = _call('GET', 'queue/%d' % self._inbox, label=label)
        if data == b'':
            # The other end is closed everywhere: EOF, now and from now on.
            _call('PUT', 'token/%d' % self._inbox, b'', label=label)
            raise EOFError
        return _loads(data)

    def recv(self):
        self._check(readable=True)
        return self._receive('Connection.recv')

    def send_bytes(self, buf, offset=0, size=None):
        self._check(writable=True)
        buf = bytes(buf)
        _put(self._outbox, buf[offset:] if size is None else buf[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        self._check(readable=True)
        return self._receive('Connection.recv_bytes')

    def poll(self, timeout=0.0):
        # Whether there is something to receive (or EOF), waiting up to `timeout`.
        import time
        self._check(readable=True)
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            size = int(_call('GET', 'size/%d' % self._inbox, label='Connection.poll').decode())
            if size:
                return True
            if end is not None and time.monotonic() >= end:
                return False
            time.sleep(0.005 if end is None else max(0.0, min(0.005, end - time.monotonic())))

    def close(self):
        if self._closed:
            return
        self._closed = True
        _call('GET', 'queue/%d' % self._copies, None, 0, label='Connection.close')
        left = int(_call('GET', 'size/%d' % self._copies, label='Connection.close').decode())
        if not left and self._writable:
            _call('PUT', 'token/%d' % self._outbox, b'', label='Connection.close')

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _close_inherited():
    # A process ends: the ends it held close (the other side may read EOF).
    for c in _connections:
        c.close()
    _connections.clear()


def Pipe(duplex=True):
    a, b = _new_queue(), _new_queue()
    if duplex:
        return (Connection(a, b, True, True, _new_queue()),
                Connection(b, a, True, True, _new_queue()))
    return (Connection(a, None, True, False, _new_queue()),
            Connection(None, a, False, True, _new_queue()))


def set_start_method(method, force=False):
    pass


def get_start_method(allow_none=False):
    return 'fork'


def freeze_support():
    pass
