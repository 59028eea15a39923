# Two threads fail, one after the other; each gets its own "Exception in
# thread" report, and the threads that succeed still deliver results.
import threading
import time

results = {}


def fetch(page):
    time.sleep(0.1 * page)
    if page % 2 == 0:
        raise ConnectionError(f"page {page} unreachable")
    results[page] = f"content {page}"


threads = [threading.Thread(target=fetch, args=(p,), name=f"fetch-{p}") for p in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
