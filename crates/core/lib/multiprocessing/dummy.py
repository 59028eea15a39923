# multiprocessing.dummy: multiprocessing's API over threads (a Pool is a
# ThreadPool, a Process a thread, a Queue a queue.Queue).
import sys
import threading
from queue import Queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue']

JoinableQueue = Queue
current_process = threading.current_thread


class DummyProcess(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError('Parent is {0!r} but current_process is {1!r}'.format(
                self._parent, current_process()))
        self._start_called = True
        _children.append(self)
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
_children = []


def active_children():
    _children[:] = [p for p in _children if p.is_alive()]
    return list(_children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = sorted((k, v) for k, v in vars(self).items() if not k.startswith('_'))
        return 'Namespace(%s)' % ', '.join('%s=%r' % item for item in items)


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return list(sequence) if not isinstance(sequence, int) else [0] * sequence


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return _Connection(a, b), _Connection(b, a)


class _Connection:
    def __init__(self, inbox, outbox):
        self._in, self._out = inbox, outbox

    def send(self, obj):
        self._out.put(obj)

    def recv(self):
        return self._in.get()

    def poll(self, timeout=0.0):
        with self._in.not_empty:
            # (the condition's lock held: the queue's size unlocked)
            return bool(self._in.not_empty.wait_for(self._in._qsize, timeout))

    def close(self):
        pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
