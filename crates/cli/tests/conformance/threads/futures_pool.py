import threading
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.1 * n)
    return n * n, threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(work, n) for n in (1, 2, 3)]
    print([f.result() for f in futs])
    print(sorted(t.name for t in ex._threads))

ex2 = ThreadPoolExecutor(max_workers=3, thread_name_prefix="dl")
f = ex2.submit(work, 1)
print(f.result())
time.sleep(0.2)
f = ex2.submit(work, 1)
print("idle worker reused:", f.result())
ex2.shutdown()
try:
    ex2.submit(work, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

ex3 = ThreadPoolExecutor(1)
print(ex3.submit(pow, 2, 10).result())
print(ex3.submit(work, n=1).result())
ex3.shutdown(wait=False)
ex4 = ThreadPoolExecutor()
print(ex4.submit(work, 0).result()[1])
ex4.shutdown()

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
print(ThreadPoolExecutor.__module__, type(f).__module__, type(f).__name__)


def init(tag):
    print("initializer", tag, threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("x",)) as ex5:
    print(ex5.submit(work, 1).result())

print("threads left:", threading.active_count())

# workers still busy when the program ends are waited for
ex6 = ThreadPoolExecutor(max_workers=1)
ex6.submit(time.sleep, 0.1).add_done_callback(lambda f: print("late callback", f.result()))
print("end of main")
