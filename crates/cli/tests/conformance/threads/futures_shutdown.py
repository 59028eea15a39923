import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import BrokenExecutor as BrokenThreadPool


def job(n):
    time.sleep(0.2)
    return n


ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(job, i) for i in range(4)]
time.sleep(0.1)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result())
print([repr(f).split("state=")[1] for f in fs])

ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(job, i) for i in range(4)]
ex.shutdown(wait=False)
print("shutdown(wait=False) returned; done:", [f.done() for f in fs])
print("results:", [f.result() for f in fs])

with ThreadPoolExecutor(max_workers=2) as ex:
    ex.submit(job, 1)
print("with-block waits: alive workers:", sum(t.is_alive() for t in ex._threads))
try:
    ex.submit(job, 1)
except RuntimeError as e:
    print(e)
ex.shutdown()
ex.shutdown()


def bad_init():
    raise OSError("no database")


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(job, 1)
try:
    f.result()
except BrokenThreadPool as e:
    print(type(e).__name__, e)
try:
    ex.submit(job, 2)
except BrokenThreadPool as e:
    print("submit:", e)
ex.shutdown()
print(threading.active_count())

# an exception leaving the with-block still waits for the workers
try:
    with ThreadPoolExecutor(max_workers=1) as ex:
        f = ex.submit(job, 9)
        raise KeyError("inside with")
except KeyError:
    print("KeyError; the job finished anyway:", f.result(), f.done())
ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
ex.submit(job, 3).result()
