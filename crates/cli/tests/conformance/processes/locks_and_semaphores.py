# Locks and semaphores between processes: a semaphore lets two workers in
# at a time; a lock's and a semaphore's rules and reprs.
import time
from multiprocessing import Process, Lock, RLock, Semaphore, BoundedSemaphore


def hold(sem, name):
    with sem:
        print(name, 'in, at most two at once')
        time.sleep(0.2)
        print(name, 'leaving')


if __name__ == '__main__':
    sem = Semaphore(2)
    start = time.perf_counter()
    ps = [Process(target=hold, args=(sem, 'worker-%d' % i)) for i in range(4)]
    for i, p in enumerate(ps):
        p.start()
        time.sleep(0.07)
    for p in ps:
        p.join()
    print('all out in', round(time.perf_counter() - start, 1), 's')

    lock = Lock()
    print(lock, lock.acquire(), lock)
    print(lock.acquire(timeout=0.1), lock.acquire(False))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)
    r = RLock()
    print(r, r.acquire(), r.acquire(), r)
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError', e)
    b = BoundedSemaphore(1)
    print(b.get_value(), Semaphore(3).get_value())
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    s = Semaphore(0)
    print(s.acquire(timeout=0.05), s.get_value())
    s.release()
    print(s.get_value(), s.acquire(block=False))
