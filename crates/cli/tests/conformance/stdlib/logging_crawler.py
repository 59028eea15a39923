# A crawler as tutorials start it: basicConfig with a format, logging from
# tasks (times left out of the compared output).
import asyncio
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    format="%(levelname)s [%(name)s] %(message)s",
    stream=sys.stdout,
)
logger = logging.getLogger(__name__)

URLS = [f"https://example.com/page/{i}" for i in range(5)]


async def fetch(url, delay):
    logger.info("Fetching %s", url)
    await asyncio.sleep(delay)
    if url.endswith("3"):
        raise ConnectionError(f"connection reset: {url}")
    logger.debug("this is not shown at INFO")
    return {"url": url, "status": 200, "bytes": len(url) * 100}


async def crawl():
    tasks = [asyncio.create_task(fetch(u, 0.1 * (5 - i))) for i, u in enumerate(URLS)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    ok = []
    for url, r in zip(URLS, results):
        if isinstance(r, Exception):
            logger.error("Failed %s: %s", url, r)
        else:
            logger.info("Done %s (%d bytes)", url, r["bytes"])
            ok.append(r)
    logger.warning("%d of %d pages fetched", len(ok), len(URLS))
    return ok


results = asyncio.run(crawl())
logger.info("crawl finished with %d results", len(results))
