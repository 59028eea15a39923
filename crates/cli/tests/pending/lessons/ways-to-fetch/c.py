# The same ten pages, one thread per request: every thread blocks in
# requests.get, but they all wait for the site at the same time.
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
print(f"a thread per request: {time.perf_counter() - start:.1f} s")
