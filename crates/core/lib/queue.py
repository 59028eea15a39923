# The queue module: Queue (first in, first out), LifoQueue, PriorityQueue,
# SimpleQueue, Empty and Full, built on threading's Lock and Condition.
# Blocking put/get take a timeout; task_done/join count unfinished items.
# Queue[int] and SimpleQueue[int] give the class itself, as list[int] does
# in this interpreter (CPython makes a types.GenericAlias).
import threading
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # CPython defines it in its C helper module, and tracebacks say so.
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait(cond, ready, block, timeout):
    # Called with cond's lock held: wait until ready() is true; False if
    # that does not happen in time (at once when not blocking). The callers
    # raise, on the lines CPython's tracebacks show.
    if not block:
        return ready()
    if timeout is None:
        while not ready():
            cond.wait()
        return True
    deadline = _time() + timeout
    while not ready():
        left = deadline - _time()
        if left <= 0.0:
            return False
        cond.wait(left)
    return True


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock, three conditions on it: something to get, room to put,
        # every task done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item):
        return cls

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if block and timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")  # 3.11: queue.py:142
                if not _wait(self.not_full, lambda: self._qsize() < self.maxsize,
                             block, timeout):
                    if not block:
                        raise Full  # 3.11: queue.py:137
                    raise Full  # 3.11: queue.py:148
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")  # 3.11: queue.py:173
            if not _wait(self.not_empty, self._qsize, block, timeout):
                if not block:
                    raise Empty  # 3.11: queue.py:168
                raise Empty  # 3.11: queue.py:179
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)  # 3.11: queue.py:191

    def get_nowait(self):
        return self.get(block=False)  # 3.11: queue.py:199

    # The storage; the subclasses below change the order.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


class PriorityQueue(Queue):
    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    # Unbounded, without task tracking.
    __module__ = '_queue'

    def __init__(self):
        self._items = []
        self._cond = threading.Condition(threading.Lock())

    def __class_getitem__(cls, item):
        return cls

    def put(self, item, block=True, timeout=None):
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        with self._cond:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if not _wait(self._cond, lambda: self._items, block, timeout):
                raise Empty
            return self._items.pop(0)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
