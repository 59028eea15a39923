# The threading module, built on the native _thread module: Thread (with
# CPython's default names, reprs and error messages), current_thread,
# main_thread, enumerate, active_count, Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event, Barrier, Timer, local, excepthook and _shutdown
# (the interpreter calls it when the main program ends, to wait for the
# non-daemon threads).
# local is _thread._local when the native module has one; the Python version
# here needs __getattribute__/__setattr__ hooks, and without them local()
# raises NotImplementedError rather than share its attributes by mistake.
# The old camelCase aliases (getName, setDaemon, currentThread, ...) work;
# their DeprecationWarning appears when the interpreter offers a way to
# issue one (an optional _thread._warn(message, category), or a warnings
# module).
# Left out: settrace/setprofile, stack_size (unless _thread has it), fork
# handling.
import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'local', 'excepthook', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
if hasattr(_thread, 'stack_size'):
    stack_size = _thread.stack_size
    __all__.append('stack_size')

# Playground-only: names the calling thread on the timeline.
_set_name = getattr(_thread, '_set_name', None)

Lock = _allocate_lock


def _deprecated(message):
    # Called by the deprecated aliases; the warning names their caller.
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


# Condition -------------------------------------------------------------

class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        # A lock that is held recursively (an RLock) must be let go of
        # completely while waiting and taken back to the same depth after.
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
        elif hasattr(lock, '_is_owned'):
            self._release_save = self._release_all
            self._acquire_restore = self._acquire_again
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *args):
        self._lock.release()

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _release_all(self):
        depth = 0
        while self._lock._is_owned():
            self._lock.release()
            depth += 1
        return depth

    def _acquire_again(self, depth):
        for _ in range(depth):
            self._lock.acquire()

    def _is_owned(self):
        # A plain lock cannot say who holds it: if we can take it, nobody did.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter sleeps on a lock of its own that notify() releases.
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                waiter.acquire()
                woken = True
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                    if left <= 0:
                        break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# Semaphores, Event, Barrier -----------------------------------------------

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")  # 3.11: threading.py:431
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s>" % (
            cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")  # 3.11: threading.py:465
        with self._cond:
            if not blocking:
                got = self._value > 0
            else:
                got = self._cond.wait_for(lambda: self._value > 0, timeout)
            if got:
                self._value -= 1
            return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')  # 3.11: threading.py:495
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s/%s>" % (
            cls.__module__, cls.__qualname__, id(self), self._value,
            self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')  # 3.11: threading.py:542
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")  # 3.11: threading.py:545
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__,
                                      id(self), 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        # True when woken by set(), even if clear() came before we ran.
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    # One filling of a barrier: the threads waiting in it keep a reference,
    # so a reset or an abort can break exactly the round they are in.
    def __init__(self):
        self.count = 0
        self.passed = False
        self.broken = False


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._round = _Round()
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__,
                                              id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self.n_waiting,
            self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            round = self._round
            index = round.count
            round.count += 1
            if round.count == self._parties:
                # The last one in runs the action and lets everybody go.
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                round.passed = True
                self._round = _Round()
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(lambda: round.passed or round.broken,
                                       timeout):
                self._break()
            if not round.passed:
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._round.broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._round.broken = True
            self._round = _Round()
            self._broken = False
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._broken:
            return 0
        return self._round.count

    @property
    def broken(self):
        return self._broken


# Threads ---------------------------------------------------------------

_counter = 0
_counter_lock = _allocate_lock()


def _newname(template):
    # One counter for Thread-N and Dummy-N, as in CPython.
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


_active_lock = _allocate_lock()
_active = {}       # ident -> Thread, for running threads
_starting = {}     # Thread -> Thread, between start() and the first line
_nondaemon = []    # threads that _shutdown() waits for
_atexits = []
_shutting_down = False


class _ExceptHookArgs:
    # CPython's is a struct sequence from _thread; this one reads the same.
    __module__ = '_thread'

    def __init__(self, args):
        (self.exc_type, self.exc_value, self.exc_traceback,
         self.thread) = args

    def _fields(self):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._fields()[i]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % self._fields())


ExceptHookArgs = _ExceptHookArgs


def _print_exception(exc, file):
    native = getattr(_thread, '_print_exception', None)
    if native is not None:
        native(exc)
    else:
        import traceback
        traceback.print_exception(type(exc), exc, exc.__traceback__,
                                  file=file)


def excepthook(args, /):
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _print_exception(args.exc_value, stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    if hook is None:
        hook = __excepthook__
    try:
        hook(ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        print("Exception in threading.excepthook:", file=_sys.stderr,
              flush=True)
        _print_exception(failure, _sys.stderr)


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        # Held from start() until the thread has finished; join() waits on it.
        self._done = None
        self._initialized = True
        self._stderr = _sys.stderr
        self._locals = {}

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")  # 3.11: threading.py:956
        if self._started.is_set() or self._done is not None:
            raise RuntimeError("threads can only be started once")  # 3.11: threading.py:959
        self._done = _allocate_lock()
        self._done.acquire()
        with _active_lock:
            _starting[self] = self
            if not self._daemonic:
                _nondaemon.append(self)
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_lock:
                del _starting[self]
                if self in _nondaemon:
                    _nondaemon.remove(self)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)  # 3.11: threading.py:982
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            if _set_name is not None:
                _set_name(self._name)
            with _active_lock:
                _active[self._ident] = self
                del _starting[self]
            self._started.set()
            try:
                self.run()  # 3.11: threading.py:1045 _bootstrap_inner
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            with _active_lock:
                if _active.get(self._ident) is self:
                    del _active[self._ident]
                if self in _nondaemon:
                    _nondaemon.remove(self)
            self._is_stopped = True
            self._done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  # 3.11: threading.py:1112
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")  # 3.11: threading.py:1114
        if self is current_thread():
            raise RuntimeError("cannot join current thread")  # 3.11: threading.py:1116
        if self._is_stopped or self._done is None:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        return True

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_name is not None and self._ident == get_ident():
            _set_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  # 3.11: threading.py:1224
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")  # 3.11: threading.py:1226
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute '
                    'instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute '
                    'instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done = _allocate_lock()
        self._done.acquire()
        with _active_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread started with _thread directly.
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread() is deprecated, use current_thread() '
                'instead')
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active) + len(_starting)


def activeCount():
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_starting.values())


def _register_atexit(func, *args, **kwargs):
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexits.append((func, args, kwargs))


def _shutdown():
    # The main program has ended: run the registered exit functions (the
    # thread pools stop their workers), then wait for every non-daemon thread,
    # including ones started meanwhile.
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _main_thread._is_stopped = True
    _main_thread._done.release()
    _shutting_down = True
    for func, args, kwargs in reversed(_atexits):
        func(*args, **kwargs)
    me = current_thread()
    while True:
        with _active_lock:
            waiting = [t for t in _nondaemon if t is not me]
        if not waiting:
            break
        for t in waiting:
            # Its lock exists from start() on, even before the thread runs.
            t._done.acquire()
            t._done.release()
            with _active_lock:
                if t in _nondaemon:
                    _nondaemon.remove(t)


# Thread-local data. The native _thread._local is used when the interpreter
# has one; otherwise this version keeps each thread's attributes in a dict on
# that thread's Thread object, so they go away with the thread. It needs
# __getattribute__ and __setattr__ hooks on classes.

_local_keys = 0


def _has_own_init(cls):
    init = getattr(cls, '__init__', None)
    return init is not None and init is not object.__init__


class _local:
    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        global _local_keys
        if (args or kwargs) and not _has_own_init(cls):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        with _counter_lock:
            _local_keys += 1
            key = _local_keys
        object.__setattr__(self, '_local__key', key)
        object.__setattr__(self, '_local__args', (args, kwargs))
        # Python runs __init__ for the creating thread right after this;
        # other threads run it on their first use.
        current_thread()._locals[key] = {}
        return self

    def _local__dict(self):
        key = object.__getattribute__(self, '_local__key')
        store = current_thread()._locals
        d = store.get(key)
        if d is None:
            d = store[key] = {}
            args, kwargs = object.__getattribute__(self, '_local__args')
            if _has_own_init(type(self)):
                type(self).__init__(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local._local__dict(self)
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        d = _local._local__dict(self)
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        cls = type(self)
        shown = '_thread._local' if cls is _local else cls.__name__
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (shown, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only"
                % type(self).__name__)
        _local._local__dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = _local._local__dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


class _Probe:
    def __setattr__(self, name, value):
        object.__setattr__(self, 'hooked', True)


_probe = _Probe()
_probe.x = 1


class _no_local:
    # Without the hooks a local would silently be shared by all threads.
    __module__ = '_thread'

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("threading.local is not available in the "
                                  "playground yet")


local = getattr(_thread, '_local', None)
if local is None:
    local = _local if getattr(_probe, 'hooked', False) else _no_local
del _probe


_main_thread = _MainThread()
