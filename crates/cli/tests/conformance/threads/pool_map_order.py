# Executor.map gives the results in the order of the inputs, even when
# later inputs finish first.
from concurrent.futures import ThreadPoolExecutor
import threading
import time

finished = []
lock = threading.Lock()


def nap(seconds):
    time.sleep(seconds)
    with lock:
        finished.append(seconds)
    return f"slept {seconds}"


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    results = list(pool.map(nap, [0.5, 0.3, 0.1]))
print("map order:     ", results)
print("finish order:  ", finished)
print(f"took {round(time.perf_counter() - start, 1)} s")
with ThreadPoolExecutor() as pool:
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 0])))
