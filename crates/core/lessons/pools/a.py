# Nine requests to a slow site (0.5 s a page), one after another with
# blocking requests: each waits for the previous answer.
import time

import requests

SITE = "http://127.0.0.1:8090"


def fetch(n):
    requests.get(f"{SITE}/detail/{n}?delay=500").text
    return time.perf_counter()


start = time.perf_counter()
done = [fetch(n) for n in range(1, 10)]
print("answered at", sorted({round(t - start, 1) for t in done}), "s")
print(f"9 requests, one by one: {time.perf_counter() - start:.1f} s")
