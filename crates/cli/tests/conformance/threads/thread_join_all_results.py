# The usual tutorial pattern: start a thread per job, join them all, then
# read the results each one stored under its own key.
import threading
import time

results = {}


def fetch(url, seconds):
    time.sleep(seconds)
    results[url] = len(url)


jobs = {"https://example.com": 0.3, "https://python.org": 0.1, "https://docs.python.org": 0.2}
start = time.perf_counter()
threads = [threading.Thread(target=fetch, args=(url, s)) for url, s in jobs.items()]
for t in threads:
    t.start()
print("started", len(threads), "threads; active:", threading.active_count())
for t in threads:
    t.join()
print("finished order:", list(results))
print("in input order:", [results[url] for url in jobs])
print(f"took {round(time.perf_counter() - start, 1)} s")
