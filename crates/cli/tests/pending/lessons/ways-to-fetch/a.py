# The same ten pages of a slow site (every page takes 0.5 s), fetched one
# after another by a single thread with blocking requests.
import re
import time

import requests

SITE = "http://127.0.0.1:8090"
TITLE = re.compile(r"<title>(.*?)</title>")


def fetch(n):
    html = requests.get(f"{SITE}/detail/{n}?delay=500").text
    return TITLE.search(html).group(1)


start = time.perf_counter()
titles = [fetch(n) for n in range(1, 11)]
print(len(titles), "pages:", ", ".join(titles[:3]), "...")
print(f"blocking, one by one: {time.perf_counter() - start:.1f} s")
