# A pool task's exception raised again by result(): the traceback goes
# through concurrent/futures/_base.py (result, __get_result) and the
# worker's thread.py (run) before the task's own line.
import concurrent.futures
import traceback
import time


def task(n):
    if n == 2:
        raise ValueError("boom")
    return n


def slow():
    time.sleep(0.05)
    return 1 / 0


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
    # Waited for (result() before the task ends), then already done.
    f = ex.submit(slow)
    try:
        f.result()
    except ZeroDivisionError:
        traceback.print_exc()
    a = ex.submit(time.sleep, 0.2)
    b = ex.submit(time.sleep, 0.2)
    print(b.cancel())
    try:
        b.result()
    except concurrent.futures.CancelledError:
        traceback.print_exc()
    try:
        a.exception(timeout=0.01)
    except TimeoutError:
        traceback.print_exc()
    try:
        a.result(timeout=0.01)
    except TimeoutError:
        traceback.print_exc()
    futs = [ex.submit(task, i) for i in range(3)]
    for f in futs:
        print(f.result())
