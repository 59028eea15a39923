# urllib.request as the Python docs' and older tutorials' crawlers use it:
# urlopen with a Request and headers, read/readlines, the answer's status and
# headers, HTTPError for 4xx/5xx, URLError for a closed port or another scheme.
import json
import re
import time
import urllib.request
import urllib.error
from urllib.parse import urlencode

SITE = "http://127.0.0.1:8090"
start = time.perf_counter()
with urllib.request.urlopen(SITE + "/list") as resp:
    print(resp.status, resp.reason, resp.getcode(), resp.headers["Content-Type"], resp.headers.get_content_charset(), resp.geturl())
    html = resp.read().decode("utf-8")
print(re.findall(r'<a href="(detail/\d+)">([^<]+)</a>', html)[:3])
req = urllib.request.Request(SITE + "/json/3", headers={"User-Agent": "tutorial-bot/1.0"})
data = json.loads(urllib.request.urlopen(req).read())
print(data, req.get_method(), req.get_header("User-agent"))
print(urllib.request.urlopen(SITE + "/delay/300?" + urlencode({"x": 1})).read())
lines = urllib.request.urlopen(SITE + "/bytes/60").readlines()
print(len(lines), lines[0])
for path in ["/detail/999", "/status/503"]:
    try:
        urllib.request.urlopen(SITE + path)
    except urllib.error.HTTPError as e:
        print("HTTPError", e.code, e.reason, e, e.read()[:30])
try:
    urllib.request.urlopen("http://127.0.0.1:1/")
except urllib.error.URLError as e:
    print("URLError", e.reason, e)
try:
    urllib.request.urlopen("ftp2://x/")
except urllib.error.URLError as e:
    print("URLError", e)
print("one by one:", round(time.perf_counter() - start, 1), "s")
urllib.request.urlopen(SITE + "/status/404")
