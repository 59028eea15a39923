# The queue module: Queue (first in, first out), LifoQueue, PriorityQueue,
# SimpleQueue, Empty and Full, built on threading's Lock and Condition.
# Blocking put/get take a timeout; task_done/join count unfinished items.
# Queue[int] and SimpleQueue[int] give the class itself, as list[int] does
# in this interpreter (CPython makes a types.GenericAlias).
import threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # CPython defines it in its C helper module, and tracebacks say so.
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait(cond, ready, block, timeout, error):
    # Called with cond's lock held: return once ready() is true, or raise
    # error if that does not happen in time (at once when not blocking).
    if not block:
        if not ready():
            raise error
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        deadline = _time() + timeout
        while not ready():
            left = deadline - _time()
            if left <= 0.0:
                raise error
            cond.wait(left)


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
                _wait(self.not_full, lambda: self._qsize() < self.maxsize,
                      block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage; the subclasses below change the order.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


# A binary min-heap in a list, making the same comparisons (and so giving
# the same order among equal items) as CPython's heapq.

def _sift_up(heap, top, pos):
    # Move heap[pos] towards top while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heap_push(heap, item):
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    # Walk the hole at the root down along the smaller children to a leaf,
    # put the last item there and let it rise to its place.
    end = len(heap)
    pos = 0
    child = 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = last
    _sift_up(heap, 0, pos)
    return smallest


class PriorityQueue(Queue):
    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


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
            _wait(self._cond, lambda: self._items, block, timeout, Empty)
            return self._items.pop(0)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
