# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and
# ALL_COMPLETED returns two sets: done and not_done.
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)
import time


def job(seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise ValueError(f"job of {seconds} s failed")
    return seconds


def show(label, done, not_done, start):
    print(f"{label}: {len(done)} done, {len(not_done)} not done, at {round(time.perf_counter() - start, 1)} s")


with ThreadPoolExecutor(max_workers=3) as pool:
    start = time.perf_counter()
    fs = [pool.submit(job, s) for s in (0.2, 0.4, 0.6)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    show("FIRST_COMPLETED", done, not_done, start)
    print("first result:", [f.result() for f in done])
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    show("ALL_COMPLETED", done, not_done, start)

    start = time.perf_counter()
    fs = [pool.submit(job, 0.2), pool.submit(job, 0.4, fail=True), pool.submit(job, 0.8)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    show("FIRST_EXCEPTION", done, not_done, start)
    print("exceptions:", [repr(f.exception()) for f in fs if f in done])

    start = time.perf_counter()
    fs = [pool.submit(job, s) for s in (0.1, 0.5)]
    done, not_done = wait(fs, timeout=0.3)
    show("timeout=0.3", done, not_done, start)
    wait(fs)
    print(type(wait(fs)).__name__, wait(fs)._fields)
