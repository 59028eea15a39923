# add_done_callback: the callback gets the future. It runs in the worker
# thread when the work finishes later, or at once in the calling thread
# when the future is already done.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

calls = []


def report(future):
    calls.append((future.result(), threading.current_thread().name))


def work(n):
    time.sleep(0.2)
    return n * 10


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(work, 1)
    f.add_done_callback(report)
    f.result()
    f.add_done_callback(report)
print(sorted(calls))


def broken(future):
    raise RuntimeError("callback failed")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(work, 2)
    f.add_done_callback(broken)
    f.add_done_callback(lambda fut: print("next callback still runs, result", fut.result()))
print("done")
