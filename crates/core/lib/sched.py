# sched: an event scheduler with CPython's API. Events run in the order of
# their time, then priority, then the order they were entered; run() waits
# with the delay function (time.sleep by default) until the next is due.
import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
_NO_KWARGS = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        # An action may enter or cancel events, or raise (the run stops,
        # the rest stay queued); other threads may too, meanwhile.
        queue = self._queue
        while True:
            with self._lock:
                if not queue:
                    return None
                when, priority, sequence, action, argument, kwargs = queue[0]
                now = self.timefunc()
                due = when <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)

    @property
    def queue(self):
        # Upcoming events in the order they will run.
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
