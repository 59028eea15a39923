import time
import concurrent.futures

URLS = {"http://a.example": 0.5, "http://b.example": 0.1,
        "http://c.example": 0.3, "http://bad.example": 0.7}


def load_url(url, delay):
    time.sleep(delay)
    if "bad" in url:
        raise ConnectionError("cannot reach " + url)
    return len(url) * 100


start = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    future_to_url = {executor.submit(load_url, url, d): url for url, d in URLS.items()}
    for future in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[future]
        try:
            data = future.result()
        except Exception as exc:
            print("%r generated an exception: %s" % (url, exc))
        else:
            print("%r page is %d bytes" % (url, data))
elapsed = time.monotonic() - start
print("at the pace of the slowest page:", 0.7 <= elapsed < 1.2)

start = time.monotonic()
for url, d in URLS.items():
    try:
        load_url(url, d)
    except ConnectionError:
        pass
print("one by one takes the sum:", time.monotonic() - start >= 1.6)
