import threading
import time
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__module__, type(e).__name__, repr(e))


f = Future()
print(f, f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f)
print(f.cancel(), f.running())
attempt("result timeout", lambda: f.result(timeout=0.05))
attempt("exception timeout", lambda: f.exception(timeout=0))
f.set_result(42)
print(f, f.done(), f.result(), f.exception())
attempt("set_result twice", lambda: f.set_result(1))
attempt("set_exception after", lambda: f.set_exception(ValueError()))

g = Future()
g.set_exception(ValueError("boom"))
print(g, repr(g.exception()))
attempt("result of failed", g.result)

h = Future()
print(h.cancel(), h, h.cancelled(), h.done(), h.cancel())
attempt("result of cancelled", h.result)
attempt("exception of cancelled", h.exception)
print(h.set_running_or_notify_cancel(), h)
attempt("set_result on cancelled", lambda: h.set_result(1))

n = Future()
n.set_result(None)
print(n)
k = Future()
k.set_result([1])
print(k)

# callbacks
cb = Future()
cb.add_done_callback(lambda fut: print("callback 1 sees", fut.result()))
cb.add_done_callback(lambda fut: print("callback 2 in", threading.current_thread().name))
cb.set_result("ok")
cb.add_done_callback(lambda fut: print("added late, runs at once"))


def bad_callback(fut):
    raise RuntimeError("callback failed")


cb2 = Future()
cb2.add_done_callback(bad_callback)
cb2.add_done_callback(lambda fut: print("next callback still runs"))
cb2.set_result(7)
cb2.add_done_callback(bad_callback)
c3 = Future()
c3.add_done_callback(lambda fut: print("cancel runs callbacks", fut.cancelled()))
c3.cancel()


def work(n):
    time.sleep(0.2)
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n


with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(work, 1)
    b = ex.submit(work, -2)
    c = ex.submit(work, 3)
    time.sleep(0.1)
    print(a, a.running())
    print(c, c.cancel(), c)
    print(a.cancel())
    seen = []
    b.add_done_callback(lambda fut: seen.append((threading.current_thread().name, repr(fut))))
    print(a.result())
    attempt("worker error", b.result)
    print(type(b.exception()).__name__, b.exception())
print("b callback ran in", seen)
print(c.cancelled(), c)
print(futures.TimeoutError is TimeoutError, issubclass(futures.CancelledError, Exception))
print(futures.CancelledError.__mro__[1:3], futures.InvalidStateError.__mro__[1])
print(futures.BrokenExecutor.__mro__[1])
print(futures.ALL_COMPLETED, futures.FIRST_COMPLETED, futures.FIRST_EXCEPTION)
ex = ThreadPoolExecutor(max_workers=1)
fut = ex.submit(work, -5)
fut.result()
