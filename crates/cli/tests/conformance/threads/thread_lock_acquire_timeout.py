# Lock.acquire with blocking=False and with a timeout, and releasing a lock
# nobody holds.
import threading
import time

lock = threading.Lock()


def try_it():
    print("non-blocking acquire:", lock.acquire(blocking=False))
    t0 = time.perf_counter()
    print("acquire(timeout=0.3):", lock.acquire(timeout=0.3))
    print(f"gave up after {round(time.perf_counter() - t0, 1)} s")
    print("blocking acquire:", lock.acquire())
    print("worker got the lock at", round(time.perf_counter() - start, 1), "s")
    lock.release()


start = time.perf_counter()
lock.acquire()
print("main holds the lock:", lock.locked())
t = threading.Thread(target=try_it)
t.start()
time.sleep(0.6)
lock.release()
t.join()
print("locked at the end:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
