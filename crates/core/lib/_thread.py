# _thread: the low-level thread module (CPython's C module of that name),
# over the playground's scheduler natives. Threads share one GIL: see
# crates/core/src/threads.rs. Playground extras: _set_name (names the
# calling thread's timeline lane) and _print_exception.
import _thread_native as _n

error = RuntimeError
TIMEOUT_MAX = _n.TIMEOUT_MAX


class lock:
    def __init__(self):
        self._id = _n.lock_new()

    def acquire(self, blocking=True, timeout=-1):
        return _n.lock_acquire(self._id, blocking, timeout)

    def release(self):
        _n.lock_release(self._id)

    def locked(self):
        return _n.lock_locked(self._id)

    def acquire_lock(self, blocking=True, timeout=-1):
        return _n.lock_acquire(self._id, blocking, timeout)

    def release_lock(self):
        _n.lock_release(self._id)

    def locked_lock(self):
        return _n.lock_locked(self._id)

    def __enter__(self):
        return _n.lock_acquire(self._id, True, -1)

    def __exit__(self, *exc):
        _n.lock_release(self._id)

    def __repr__(self):
        state = "locked" if _n.lock_locked(self._id) else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


LockType = lock


class RLock:
    def __init__(self):
        self._block = lock()
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _n.get_ident()
        if self._owner == me and self._count:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != _n.get_ident() or not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0
            self._block.release()

    def _is_owned(self):
        return self._owner == _n.get_ident() and self._count > 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            state, self._owner, self._count, id(self))




def allocate_lock():
    return lock()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    return _n.start(function, args, kwargs)


start_new = start_new_thread


def get_ident():
    return _n.get_ident()


def get_native_id():
    return _n.get_native_id()


def _count():
    return _n.count()


def _set_name(name):
    _n.set_name(name)


def _print_exception(exc):
    _n.print_exception(exc)


def stack_size(size=0):
    return 0


def daemon_threads_allowed():
    return True


class _local:
    # Each thread sees its own attributes: the scheduler swaps them in when
    # the thread takes the GIL.
    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is _local.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _n.local_register(self)
        return self

    def __init__(self, *args, **kwargs):
        pass
