# The crawler race: a list page, then every detail page; one by one with
# requests, then all at once with aiohttp. Titles are pulled out by hand.
import asyncio
import time

import aiohttp
import requests

SITE = "http://127.0.0.1:8090"


def links(html):
    return [part.split('"')[0] for part in html.split('href="detail/')[1:]]


def title(html):
    return html.split("<title>")[1].split("</title>")[0]


def crawl_blocking():
    ids = links(requests.get(SITE + "/list").text)[:5]
    return [title(requests.get(SITE + "/delay/200").text and
                  requests.get(SITE + "/detail/" + i).text) for i in ids]


async def fetch(session, path):
    async with session.get(SITE + path) as resp:
        return await resp.text()


async def crawl_async():
    async with aiohttp.ClientSession() as session:
        ids = links(await fetch(session, "/list"))[:5]

        async def one(i):
            await fetch(session, "/delay/200")
            return title(await fetch(session, "/detail/" + i))

        return await asyncio.gather(*(one(i) for i in ids))


start = time.perf_counter()
print(crawl_blocking())
print("one by one:", round(time.perf_counter() - start, 1), "s")
start = time.perf_counter()
print(asyncio.run(crawl_async()))
print("all at once:", round(time.perf_counter() - start, 1), "s")
