# A tutorial's crawler as pasted: logging first, a dataclass holding the state,
# an asyncio.Queue of URLs fed by what BeautifulSoup finds, four workers,
# nest_asyncio when it is there; it visits the whole demo site once.
import asyncio
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

import aiohttp
from bs4 import BeautifulSoup

try:
    import nest_asyncio
    nest_asyncio.apply()
except ImportError:
    pass

logging.basicConfig(level=logging.INFO,
                    format="[%(levelname)s] %(threadName)s %(name)s: %(message)s")
logger = logging.getLogger("crawler")


@dataclass
class Crawler:
    start_url: str
    workers: int = 4
    seen: set = field(default_factory=set)
    pages: dict = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)

    def same_site(self, url):
        return urlparse(url).netloc == urlparse(self.start_url).netloc

    async def fetch(self, session, url):
        async with session.get(url, params={"delay": "50"}) as resp:
            if resp.status != 200:
                self.errors[resp.status] += 1
                return None
            return await resp.text()

    async def worker(self, session, queue):
        while True:
            url = await queue.get()
            try:
                html = await self.fetch(session, url)
                if html is not None:
                    soup = BeautifulSoup(html, "html.parser")
                    self.pages[url] = soup.title.get_text(strip=True)
                    for a in soup.find_all("a", href=True):
                        link = urljoin(url, a["href"])
                        if self.same_site(link) and link not in self.seen:
                            self.seen.add(link)
                            queue.put_nowait(link)
            finally:
                queue.task_done()

    async def run(self):
        queue = asyncio.Queue()
        self.seen.add(self.start_url)
        queue.put_nowait(self.start_url)
        async with aiohttp.ClientSession() as session:
            tasks = [asyncio.create_task(self.worker(session, queue)) for _ in range(self.workers)]
            await queue.join()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    crawler = Crawler("http://127.0.0.1:8090/")
    logger.info("crawling %s with %d workers", crawler.start_url, crawler.workers)
    start = time.perf_counter()
    await crawler.run()
    elapsed = time.perf_counter() - start
    logger.info("done: %d pages", len(crawler.pages))
    for url in sorted(crawler.pages, key=lambda u: (len(u), u))[:6]:
        print(url, "->", crawler.pages[url])
    print(len(crawler.seen), "links seen;", sorted(Counter(t.split()[0] for t in crawler.pages.values()).items()))
    print("errors:", dict(crawler.errors))
    # 29 pages of 0.05 s, four at a time: well under the 1.5 s one by one.
    print("faster than one by one:", elapsed < 1.2)


asyncio.run(main())
