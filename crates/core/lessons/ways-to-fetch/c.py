# The same ten pages with one process per request: a pool of ten worker
# processes, each with its own interpreter, fetches one page.
import re
from multiprocessing import Pool

import requests

SITE = "http://127.0.0.1:8090"
TITLE = re.compile(r"<title>(.*?)</title>")


def fetch(n):
    html = requests.get(f"{SITE}/detail/{n}?delay=500").text
    return TITLE.search(html).group(1)


if __name__ == "__main__":
    with Pool(10) as pool:
        titles = pool.map(fetch, range(1, 11))
    print(len(titles), "pages:", ", ".join(titles[:3]), "...")
    # No time printed here: starting ten processes costs what the machine
    # makes it cost (CPython on two cores: 0.6 s in all). The page shows
    # each program's time.
