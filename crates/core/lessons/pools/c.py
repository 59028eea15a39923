# The same nine requests through multiprocessing.Pool(3): three worker
# processes are reused for all nine, again in waves of three. The clock
# starts once the pool's three processes are up.
import time
from multiprocessing import Pool

import requests

SITE = "http://127.0.0.1:8090"


def fetch(n):
    requests.get(f"{SITE}/detail/{n}?delay=500").text
    return time.perf_counter()


if __name__ == "__main__":
    with Pool(3) as pool:
        start = time.perf_counter()
        done = pool.map(fetch, range(1, 10))
    print("answered at", sorted({round(t - start, 1) for t in done}), "s")
    print(f"9 requests, 3 processes: {time.perf_counter() - start:.1f} s")
