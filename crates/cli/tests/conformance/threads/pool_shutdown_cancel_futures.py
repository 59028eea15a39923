# shutdown(cancel_futures=True) cancels the work still waiting in the
# queue; the running calls finish.
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.3)
    return n


start = time.perf_counter()
pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(6)]
time.sleep(0.1)
pool.shutdown(wait=True, cancel_futures=True)
print("states:", ["cancelled" if f.cancelled() else f.result() for f in futures])
print(f"took {round(time.perf_counter() - start, 1)} s")
