# Misusing threads and semaphores: CPython raises on threading.py's lines
# (join, start, daemon, Semaphore's __init__, acquire and release).
import threading, traceback
t = threading.Thread(target=print)
for call in (t.join, lambda: threading.current_thread().join(), lambda: threading.Semaphore(-1), lambda: threading.Semaphore().release(0), lambda: threading.Semaphore().acquire(False, 1)):
    try:
        call()
    except (RuntimeError, ValueError):
        traceback.print_exc()
t.start()
try:
    t.daemon = True
except RuntimeError:
    traceback.print_exc()
t.join()
sem = threading.BoundedSemaphore(1)
sem.release()
