# as_completed yields futures as they finish, not in submission order.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def download(name, seconds):
    time.sleep(seconds)
    return f"{name} ({seconds} s)"


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(download, name, s): name
               for name, s in [("a", 0.4), ("b", 0.1), ("c", 0.3), ("d", 0.2)]}
    for future in as_completed(futures):
        print(futures[future], "->", future.result(), "at", round(time.perf_counter() - start, 1))
print(f"took {round(time.perf_counter() - start, 1)} s")
