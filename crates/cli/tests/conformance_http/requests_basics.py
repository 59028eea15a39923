# requests against the demo site: responses, errors, timeouts, sessions.
import time

import requests

SITE = "http://127.0.0.1:8090"

r = requests.get(SITE + "/status/404")
print(r, r.status_code, r.reason, r.ok, bool(r), r.url)
try:
    r.raise_for_status()
except requests.exceptions.HTTPError as e:
    print(type(e).__name__, e)

r = requests.get(SITE + "/json/3")
print(r.json(), r.headers["Content-Type"], len(r.content), type(r.text).__name__)
print(requests.get(SITE + "/json/3").json()["title"])

start = time.perf_counter()
try:
    requests.get(SITE + "/delay/600", timeout=0.3)
except requests.exceptions.Timeout as e:
    print("timed out:", type(e).__name__, isinstance(e, requests.exceptions.RequestException))
print("gave up after", round(time.perf_counter() - start, 1), "s")

try:
    requests.get("http://127.0.0.2:1/nowhere")
except requests.exceptions.ConnectionError as e:
    print("no connection:", type(e).__name__, isinstance(e, OSError))

with requests.Session() as session:
    pages = [session.get(SITE + "/list", params={"page": n}) for n in (1, 2, 3)]
    print([p.status_code for p in pages], [p.text.count("<li>") for p in pages])

start = time.perf_counter()
for _ in range(3):
    requests.get(SITE + "/delay/200")
print("three blocking requests:", round(time.perf_counter() - start, 1), "s")
