# A crawler that reads pages with regular expressions: the list pages'
# links (following "next"), every detail page's title, and the JSON scores,
# with aiohttp (gathered) and with requests (one by one).
import asyncio
import re
import time

import aiohttp
import requests

SITE = "http://127.0.0.1:8090"
LINK = re.compile(r'<a href="detail/(\d+)">([^<]*)</a>')
NEXT = re.compile(r'class="next" href="([^"]+)"')
TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def crawl_blocking():
    found, page = [], "list"
    while page:
        html = requests.get(f"{SITE}/{page}").text
        found += LINK.findall(html)
        m = NEXT.search(html)
        page = m.group(1) if m else None
    return found


async def title(session, n):
    async with session.get(f"{SITE}/detail/{n}?delay=100") as r:
        m = TITLE.search(await r.text())
        return int(n), m.group(1) if m else None


async def crawl(links):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(title(session, n) for n, _ in links))


start = time.perf_counter()
links = crawl_blocking()
print(len(links), "links; first", links[0], "last", links[-1])
titles = asyncio.run(crawl(links))
print(titles[:3], "...", titles[-1])
print(all(t == name for (_, t), (_, name) in zip(titles, links)))
ids = re.findall(r'"id": (\d+)', requests.get(f"{SITE}/json").text)
scores = [float(re.search(r'"score": ([\d.]+)', requests.get(f"{SITE}/json/{i}").text).group(1))
          for i in ids[:5]]
print(len(ids), "items; scores", scores)
words = re.split(r"\W+", titles[4][1])
print(words, re.sub(r"(\w+) (\w+)", r"\2, \1", titles[4][1]))
elapsed = time.perf_counter() - start
# The 25 detail pages (0.1 s each) were fetched together, not one by one.
print("detail pages overlapped:", 0.1 <= elapsed < 2.0)
