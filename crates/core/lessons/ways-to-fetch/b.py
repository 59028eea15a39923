# The same ten pages with one thread per request: each thread blocks on
# its own request, and the ten wait at the same time.
import re
import threading
import time

import requests

SITE = "http://127.0.0.1:8090"
TITLE = re.compile(r"<title>(.*?)</title>")


def fetch(n, titles):
    html = requests.get(f"{SITE}/detail/{n}?delay=500").text
    titles[n - 1] = TITLE.search(html).group(1)


start = time.perf_counter()
titles = [None] * 10
threads = [threading.Thread(target=fetch, args=(n, titles)) for n in range(1, 11)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(titles), "pages:", ", ".join(titles[:3]), "...")
print(f"one thread per request: {time.perf_counter() - start:.1f} s")
