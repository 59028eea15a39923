# A tutorial's crawler with BeautifulSoup: walk the catalogue's list pages
# (following the "next" link), then fetch every detail page concurrently
# and read its title and score; the same walk with requests, one by one.
import asyncio
import logging
import time
from urllib.parse import urljoin

import aiohttp
import requests
from bs4 import BeautifulSoup

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(message)s")
log = logging.getLogger("crawler")

BASE = "http://127.0.0.1:8090/"


async def fetch(session, url):
    async with session.get(url) as resp:
        resp.raise_for_status()
        return await resp.text()


async def parse_detail(session, sem, url):
    async with sem:
        html = await fetch(session, url + "?delay=200")
    soup = BeautifulSoup(html, "html.parser")
    score = soup.select_one("p.score").get_text(strip=True)
    return {"url": url, "title": soup.title.string, "h1": soup.h1.text,
            "score": float(score.split(":")[1])}


async def main():
    start = time.perf_counter()
    links = []
    async with aiohttp.ClientSession() as session:
        url = urljoin(BASE, "list")
        while url:
            soup = BeautifulSoup(await fetch(session, url), "html.parser")
            log.info("page %r: %d items", soup.title.string, len(soup.select("ul.items li")))
            links += [urljoin(url, a["href"]) for a in soup.find("ul", class_="items").find_all("a")]
            nxt = soup.find("a", class_="next")
            url = urljoin(url, nxt["href"]) if nxt else None
        sem = asyncio.Semaphore(5)
        items = await asyncio.gather(*(parse_detail(session, sem, u) for u in links))
    elapsed = time.perf_counter() - start
    print(len(links), "links, first", links[0], "last", links[-1])
    for item in items[:3] + items[-2:]:
        print(item)
    best = max(items, key=lambda i: i["score"])
    print("best:", best["title"], best["score"])
    print("titles agree:", all(i["title"] == i["h1"] for i in items))
    # Five at a time: five waves of 0.2 s pages (CPython adds its parsing time).
    print("five waves of 0.2 s:", 1.0 <= elapsed < 1.6)


def blocking():
    start = time.perf_counter()
    soup = BeautifulSoup(requests.get(BASE).text, "html.parser")
    print(soup.h1.string, [a.get("href") for a in soup.find_all("a")])
    page = BeautifulSoup(requests.get(urljoin(BASE, soup.a["href"])).text, "lxml")
    first = page.select("a[href^=detail]")[:4]
    print([(a["href"], a.string) for a in first])
    for a in first:
        detail = BeautifulSoup(requests.get(urljoin(BASE, a["href"]) + "?delay=100").content, "html.parser")
        print(detail.find("p", {"class": "score"}).text, "|", detail.title.get_text())
    missing = requests.get(urljoin(BASE, "detail/999"))
    print(missing.status_code, BeautifulSoup(missing.text, "html.parser").p.get_text())
    print(f"blocking part took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
blocking()
