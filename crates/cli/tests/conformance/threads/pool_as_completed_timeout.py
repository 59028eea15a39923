# as_completed(timeout=...) raises TimeoutError when the remaining futures
# are not done in time.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def nap(seconds):
    time.sleep(seconds)
    return seconds


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(nap, s) for s in (0.1, 0.6, 0.8)]
    try:
        for f in as_completed(futures, timeout=0.3):
            print("finished:", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
        print("at", round(time.perf_counter() - start, 1), "s")
print(f"the with block waited until {round(time.perf_counter() - start, 1)} s")
