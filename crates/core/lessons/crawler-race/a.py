# A slow site (every page takes 0.2 s): the list pages, then each of the 25
# detail pages, one by one.
import time

import requests

SITE = "http://127.0.0.1:8090"


def get(path):
    return requests.get(f"{SITE}/{path}delay=200").text


def crawl():
    links, page = [], 1
    while True:
        html = get(f"list?page={page}&")
        links += [p.split('"')[0] for p in html.split('href="detail/')[1:]]
        if 'class="next"' not in html:
            break
        page += 1
    return [get(f"detail/{n}?").split("<h1>")[1].split("<")[0] for n in links]


start = time.perf_counter()
titles = crawl()
print(len(titles), "titles:", titles[0], "...", titles[-1])
print(f"took about {round(time.perf_counter() - start)} s")
