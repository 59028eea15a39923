# multiprocessing.pool: the process Pool (in the package) and ThreadPool,
# its API over threads of this process: tasks and results go through queues
# in memory, results and exceptions as they are (nothing is pickled).
# (queue and threading are imported by ThreadPool: unpickling a process
# pool's result imports this module, in a child, deep in a call.)
from multiprocessing import (Pool, ApplyResult, AsyncResult, MapResult, IMapIterator,
                             RemoteTraceback, MaybeEncodingError, TimeoutError,
                             _RUN, _CLOSE, _TERMINATE)

__all__ = ['Pool', 'ThreadPool']
RUN, CLOSE, TERMINATE = _RUN, _CLOSE, _TERMINATE
IMapUnorderedIterator = IMapIterator


def worker(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = tasks.get()
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        results.put((job, i, result))


class ThreadPool(Pool):
    __module__ = 'multiprocessing.pool'

    def __init__(self, processes=None, initializer=None, initargs=()):
        import queue
        import threading
        self._empty = queue.Empty
        self._setup(processes, initializer)
        self._tasks = queue.Queue()
        self._results = queue.Queue()
        for _ in range(self._processes):
            t = threading.Thread(target=worker, daemon=True,
                                  args=(self._tasks, self._results, initializer, tuple(initargs)))
            t.start()
            self._pool.append(t)
        # CPython's pool starts three handler threads after its workers:
        # the threads made next are numbered as there.
        for _ in range(3):
            threading._newname('Thread-%d')

    def _put_task(self, task):
        self._tasks.put(task)

    def _wait_worker(self, thread):
        thread.join()

    def _next_result(self, timeout):
        try:
            return self._results.get(timeout=timeout)
        except self._empty:
            return None

    def terminate(self):
        # Threads cannot be killed: the tasks not started are dropped, and
        # each worker ends after the one it runs.
        self._state = _TERMINATE
        while True:
            try:
                self._tasks.get_nowait()
            except self._empty:
                break
        for _ in self._pool:
            self._put_task(None)

    def __repr__(self):
        return '<multiprocessing.pool.ThreadPool state=%s pool_size=%d>' % (
            ('RUN', 'CLOSE', 'TERMINATE')[self._state], len(self._pool))
