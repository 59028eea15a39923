# aiohttp against the demo site: sessions, responses, errors, timeouts.
import asyncio

import aiohttp

SITE = "http://127.0.0.1:8090"


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get(SITE + "/detail/2") as resp:
            print(resp.status, resp.reason, resp.url, resp.content_length,
                  resp.headers["Content-Type"])
            text = await resp.text()
            print(len(text), text.splitlines()[3])
        resp = await session.get(SITE + "/status/500")
        print(resp.status, resp.ok)
        try:
            resp.raise_for_status()
        except aiohttp.ClientResponseError as e:
            print(type(e).__name__, e.status, e.message, e)
        data = await (await session.get(SITE + "/json")).json()
        print(type(data).__name__, sorted(data)[:3])
        body = await (await session.get(SITE + "/bytes/5")).read()
        print(body, type(body).__name__)
        try:
            async with session.get(SITE + "/delay/600",
                                   timeout=aiohttp.ClientTimeout(total=0.3)):
                pass
        except asyncio.TimeoutError as e:
            print("timed out:", repr(e))
        try:
            await session.get("http://127.0.0.2:1/nowhere")
        except aiohttp.ClientConnectorError as e:
            print("no connection:", type(e).__name__, isinstance(e, aiohttp.ClientError),
                  isinstance(e, OSError))
        print(resp)
    print("closed:", session.closed)


asyncio.run(main())
