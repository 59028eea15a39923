# Response headers are looked up in any case, as the browser gives them in
# lower case: requests' CaseInsensitiveDict and aiohttp's CIMultiDictProxy.
import asyncio

import aiohttp
import requests
from requests.structures import CaseInsensitiveDict
from multidict import CIMultiDict, CIMultiDictProxy

SITE = "http://127.0.0.1:8090"

r = requests.get(SITE + "/json/3")
h = r.headers
print(type(h).__name__, type(h).__module__)
print(h)
print(h["content-type"], h["Content-Type"], h["CONTENT-TYPE"])
print(h.get("CONTENT-TYPE"), h.get("x-missing"), h.get("x-missing", "none"))
print("content-type" in h, "Content-Length" in h, "X-Missing" in h)
print(list(h), len(h), sorted(h.items()))
print(dict(h)["Content-Type"], h == {"content-type": "application/json"})
try:
    h["x-missing"]
except KeyError as e:
    print("KeyError", e)
print(requests.head(SITE + "/list").headers["content-length"])
print(requests.get(SITE + "/nothing").headers.get("content-type"))
with requests.Session() as s:
    s.headers.update({"X-Token": "t1"})
    s.headers["x-token"] = "t2"
    print(type(s.headers).__name__, "X-TOKEN" in s.headers, s.headers["X-Token"])
    print(s.get(SITE + "/json/2", headers={"x-other": "1"}).headers["content-length"])

d = CaseInsensitiveDict({"Accept": "text/html"}, X_Trace="1")
d["ACCEPT"] = "application/json"
print(d, d["accept"], len(d), list(d.lower_items()))
print(d.keys(), d.values(), d.items(), "accept" in d.keys())
del d["x_trace"]
print(d, d.copy(), d == CaseInsensitiveDict(accept="application/json"))
print(d.setdefault("Range", "bytes=0-"), d.pop("range"), d.pop("range", None), d)
try:
    d.pop("range")
except KeyError as e:
    print("KeyError", e)

m = CIMultiDict([("Set-Cookie", "a=1"), ("Content-Type", "text/plain")])
m.add("set-cookie", "b=2")
p = CIMultiDictProxy(m)
print(p)
print(p["SET-COOKIE"], p.getall("set-cookie"), p.getone("Set-Cookie"), len(p), list(p))
print(p.get("x"), p.get("x", 0), p.getall("x", []), p.getone("x", None), "content-type" in p)
print(p.keys(), p.values(), p.items())
print(dict(p), p == {"Content-Type": "text/plain"}, p.copy())
for call in (lambda: p["x"], lambda: p.getall("x"), lambda: p.getone("x")):
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
try:
    p["x"] = "1"
except TypeError as e:
    print("TypeError", e)
m["SET-COOKIE"] = "c=3"
print(p, len(p))
del m["set-cookie"]
print(m)
try:
    CIMultiDictProxy({"a": 1})
except TypeError as e:
    print("TypeError", e)


async def main():
    async with aiohttp.ClientSession(headers={"X-Token": "t1"}) as session:
        print(type(session.headers).__name__, session.headers["x-token"], session.headers)
        async with session.get(SITE + "/detail/2") as resp:
            h = resp.headers
            print(type(h).__name__)
            print(h)
            print(h["content-type"], h.get("CONTENT-TYPE"), "content-type" in h)
            print(h.getone("content-length"), h.getall("CONTENT-TYPE"), list(h))
            print(resp)
        async with session.get(SITE + "/json/1") as resp:
            print((await resp.json())["id"], resp.headers["CONTENT-type"])


asyncio.run(main())
