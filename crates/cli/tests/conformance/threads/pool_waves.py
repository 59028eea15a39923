# A pool of three threads over nine jobs of 0.2 s: they run in three waves.
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    began = round(time.perf_counter() - start, 1)
    time.sleep(0.2)
    return began


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    began = list(pool.map(job, range(9)))
print("started at:", began)
print(f"nine jobs took {round(time.perf_counter() - start, 1)} s")
