# executor.map's results come through result_iterator and
# _result_or_cancel in concurrent/futures/_base.py; the failing call's
# exception is raised again there.
import concurrent.futures
import time


def f(x):
    if x == 3:
        raise KeyError(x)
    return x * 2


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(f, range(5))
    time.sleep(0.1)  # every call has ended before the first result is read
    for r in results:
        print(r)
