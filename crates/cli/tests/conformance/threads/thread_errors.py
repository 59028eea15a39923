import threading
import time


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


t = threading.Thread(target=time.sleep, args=(0.1,))
attempt("join before start", t.join)
t.start()
attempt("start twice", t.start)
attempt("daemon of active", lambda: setattr(t, "daemon", True))
t.join()
attempt("start after finish", t.start)
attempt("join current", threading.current_thread().join)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
attempt("start without init", n.start)
attempt("join without init", n.join)
attempt("daemon without init", lambda: setattr(n, "daemon", True))
try:
    n.name
except AssertionError as e:
    print("name without init ->", e)
try:
    n.is_alive()
except AssertionError as e:
    print("is_alive without init ->", e)
lock = threading.Lock()
attempt("release unlocked", lock.release)
r = threading.RLock()
attempt("release rlock", r.release)
c = threading.Condition()
attempt("wait unacquired", c.wait)
attempt("notify unacquired", c.notify)
attempt("notify_all unacquired", c.notify_all)
attempt("semaphore -1", lambda: threading.Semaphore(-1))
s = threading.Semaphore(0)
attempt("nonblocking with timeout", lambda: s.acquire(False, 1))
attempt("release 0", lambda: s.release(0))
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
attempt("bounded too many", b.release)
attempt("bounded release 0", lambda: b.release(0))
print(s.acquire(False), s.acquire(timeout=0.05))
attempt("group", lambda: threading.Thread(group=1))
