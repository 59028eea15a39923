# Nine requests to a slow site (0.5 s a page) through a ThreadPoolExecutor
# of three threads: three requests at a time, in three waves.
import time
from concurrent.futures import ThreadPoolExecutor

import requests

SITE = "http://127.0.0.1:8090"


def fetch(n):
    requests.get(f"{SITE}/detail/{n}?delay=500").text
    return time.perf_counter()


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    done = list(pool.map(fetch, range(1, 10)))
print("answered at", sorted({round(t - start, 1) for t in done}), "s")
print(f"9 requests, 3 threads: {time.perf_counter() - start:.1f} s")
