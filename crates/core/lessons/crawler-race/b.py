# The same crawl with aiohttp: the list pages in turn, then all 25 detail
# pages at once.
import asyncio
import time

import aiohttp

SITE = "http://127.0.0.1:8090"


async def get(session, path):
    async with session.get(f"{SITE}/{path}delay=200") as response:
        return await response.text()


async def title(session, n):
    html = await get(session, f"detail/{n}?")
    return html.split("<h1>")[1].split("<")[0]


async def crawl():
    async with aiohttp.ClientSession() as session:
        links, page = [], 1
        while True:
            html = await get(session, f"list?page={page}&")
            links += [p.split('"')[0] for p in html.split('href="detail/')[1:]]
            if 'class="next"' not in html:
                break
            page += 1
        return await asyncio.gather(*(title(session, n) for n in links))


start = time.perf_counter()
titles = asyncio.run(crawl())
print(len(titles), "titles:", titles[0], "...", titles[-1])
print(f"took about {round(time.perf_counter() - start)} s")
