# Executor.map(timeout=...): if a result is not ready by then, iterating
# raises TimeoutError.
from concurrent.futures import ThreadPoolExecutor
import time


def nap(seconds):
    time.sleep(seconds)
    return seconds


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    results = pool.map(nap, [0.1, 0.2, 0.7], timeout=0.4)
    try:
        for r in results:
            print("got", r)
    except TimeoutError:
        print("TimeoutError at", round(time.perf_counter() - start, 1), "s")
print(f"took {round(time.perf_counter() - start, 1)} s")
