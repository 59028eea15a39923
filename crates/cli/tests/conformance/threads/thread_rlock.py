# An RLock can be taken again by the thread that holds it; a plain Lock
# cannot. Only the owner may release an RLock.
import threading

rlock = threading.RLock()
lock = threading.Lock()


def outer():
    with rlock:
        inner()


def inner():
    with rlock:
        print("inner got the RLock again")


outer()
with lock:
    print("second acquire of a Lock:", lock.acquire(timeout=0.1))

rlock.acquire()


def stranger():
    try:
        rlock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("stranger acquire:", rlock.acquire(blocking=False))


t = threading.Thread(target=stranger)
t.start()
t.join()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
