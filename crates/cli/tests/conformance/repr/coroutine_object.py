# The repr of a coroutine object, before and after it runs.
import asyncio


async def fetch_page(n):
    await asyncio.sleep(0)
    return n


c = fetch_page(1)
print(c)
print(repr(c).startswith("<coroutine object fetch_page at 0x"))
print(c.__qualname__, c.cr_running, c.cr_code.co_name)
print(asyncio.run(c))
print(c)
print(c.cr_running)


class Spider:
    async def crawl(self):
        return "crawled"


s = Spider().crawl()
print(s)
s.close()
print(fetch_page)
print(asyncio.run)
