# URLs requests and aiohttp refuse before connecting, and closed ports of
# this machine (only the site's port, 8090, is open).
import asyncio

import aiohttp
import requests

for url in [
    "ftp://x",
    "FTP://x",
    "mailto:someone",
    "http://[::1",
    "http://[::1]x/",
    "http://a:b:c/",
    "http://127.0.0.1:abc/",
    "http://127.0.0.1:-1/",
    "http://127.0.0.1:99999/",
    "http://127.0.0.1:1234567/",
    "http:///list",
    "http://",
    "127.0.0.1:8090/list",
    "example.com/list",
    "list",
    "",
    "http://127.0.0.1:1/nowhere",
    "http://127.0.0.1:1",
    "http://127.0.0.1:1?page=2#top",
    "HTTP://127.0.0.1:2/x",
    "https://127.0.0.1:1/secure",
    "http://user:secret@127.0.0.1:3/x",
    "http://127.0.0.2:4/other",
]:
    try:
        requests.get(url, timeout=2)
        print(url, "answered")
    except requests.exceptions.RequestException as e:
        print(repr(url), type(e).__name__, isinstance(e, ValueError), e)

try:
    requests.get("ftp://x")
except requests.exceptions.InvalidSchema as e:
    print(type(e).__module__, type(e).__qualname__, e.args)
try:
    requests.get("http://[::1")
except requests.exceptions.InvalidURL as e:
    print(type(e).__module__, type(e).__qualname__, e.args)

print(requests.get("http://127.0.0.1:8090/json/1").status_code)
print(requests.get("http://127.0.0.1:8090").status_code)


async def main():
    async with aiohttp.ClientSession() as session:
        for url in [
            "ftp://x",
            "mailto:someone",
            "http://[::1",
            "http://127.0.0.1:99999/",
            "http://",
            "list",
            "127.0.0.1:8090/list",
            "http://127.0.0.1:1/nowhere",
            "https://127.0.0.1:1/",
            "http://127.0.0.2:4/other",
        ]:
            try:
                await session.get(url)
                print(url, "answered")
            except aiohttp.ClientError as e:
                print(repr(url), type(e).__name__, isinstance(e, ValueError),
                      isinstance(e, OSError), e)
                if isinstance(e, aiohttp.ClientConnectorError):
                    print("  host and port:", e.host, e.port)
        try:
            await session.get("http://[::1")
        except aiohttp.InvalidURL as e:
            print(repr(e), e.url)
        try:
            await session.get("ftp://x")
        except aiohttp.NonHttpUrlClientError as e:
            print(repr(e))
        async with session.get("http://127.0.0.1:8090/json/2") as resp:
            print(resp.status)


asyncio.run(main())
