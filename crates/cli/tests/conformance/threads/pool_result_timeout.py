# Future.result(timeout) raises TimeoutError if the work is not finished in
# time; the work itself keeps going and a later result() gets it.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor
import time


def slow():
    time.sleep(0.5)
    return "finally"


start = time.perf_counter()
with ThreadPoolExecutor() as pool:
    future = pool.submit(slow)
    try:
        future.result(timeout=0.2)
    except TimeoutError as e:
        print("TimeoutError after", round(time.perf_counter() - start, 1), "s:", repr(e))
    print("same class:", concurrent.futures.TimeoutError is TimeoutError)
    print("still running:", future.running())
    print(future.result(), "at", round(time.perf_counter() - start, 1), "s")
    try:
        pool.submit(slow).exception(timeout=0.1)
    except TimeoutError:
        print("exception(timeout=0.1) also raises TimeoutError")
