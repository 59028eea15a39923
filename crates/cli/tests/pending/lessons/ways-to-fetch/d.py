# The same ten pages with a pool of ten processes: each process makes one
# blocking request, and the ten requests wait for the site together. The
# clock starts once the ten processes are up (starting them takes a few
# hundredths of a second more).
import re
import time
from multiprocessing import Pool

import requests

SITE = "http://127.0.0.1:8090"
TITLE = re.compile(r"<title>(.*?)</title>")


def fetch(n):
    html = requests.get(f"{SITE}/detail/{n}?delay=500").text
    return TITLE.search(html).group(1)


if __name__ == "__main__":
    with Pool(10) as pool:
        start = time.perf_counter()
        titles = pool.map(fetch, range(1, 11))
    print(len(titles), "pages:", ", ".join(titles[:3]), "...")
    print(f"a process per request: {time.perf_counter() - start:.1f} s")
