import time
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                Future, ThreadPoolExecutor, as_completed, wait)


def job(name, delay, fail=False):
    time.sleep(delay * 3)
    if fail:
        raise ValueError(name)
    return name


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, "c", 0.15), ex.submit(job, "a", 0.05),
          ex.submit(job, "b", 0.1)]
    for f in as_completed(fs):
        print("as_completed:", f.result())

    fs = [ex.submit(job, "slow", 0.3), ex.submit(job, "quick", 0.05)]
    try:
        for f in as_completed(fs, timeout=0.45):
            print("in time:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print("slow still:", fs[0].result())

    done = ex.submit(job, "done", 0)
    done.result()
    print([f.result() for f in as_completed([done, done])])

    fs = [ex.submit(job, "x", 0.05), ex.submit(job, "y", 0.2)]
    res = wait(fs, return_when=FIRST_COMPLETED)
    print(type(res).__name__, len(res.done), len(res.not_done))
    print([f.result() for f in res.done])
    d, nd = wait(fs)
    print(len(d), len(nd), sorted(f.result() for f in d))
    print(wait(fs, return_when=FIRST_COMPLETED).not_done)

    fs = [ex.submit(job, "e", 0.05, True), ex.submit(job, "f", 0.2)]
    d, nd = wait(fs, return_when=FIRST_EXCEPTION)
    print("first exception:", [repr(f.exception()) for f in d], len(nd))
    d, nd = wait(fs, return_when=FIRST_EXCEPTION)
    print("again, returns at once:", len(d), len(nd))
    d, nd = wait([ex.submit(job, "g", 0.05), ex.submit(job, "h", 0.1)],
                 return_when=FIRST_EXCEPTION)
    print("no exception: all done", len(d), len(nd))

    fs = [ex.submit(job, "t", 0.3)]
    d, nd = wait(fs, timeout=0.15)
    print("timeout:", len(d), len(nd), nd == set(fs))
    d, nd = wait(fs, timeout=0.15, return_when=ALL_COMPLETED)
    print(len(d), len(nd))

print(wait([]))
pend = Future()
try:
    for f in as_completed([pend], timeout=0.05):
        pass
except TimeoutError as e:
    print("TimeoutError:", e)
fin = Future()
fin.set_result(5)
res = wait([fin])
print(res, res[0] == {fin}, res == (res.done, res.not_done))
try:
    for f in as_completed([fin, Future(), Future()], timeout=0):
        print("yielded finished first:", f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
