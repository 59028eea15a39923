# shutdown(wait=False) returns at once, yet the submitted work still runs
# to the end; nothing new can be submitted afterwards.
from concurrent.futures import ThreadPoolExecutor
import time


def job(n):
    time.sleep(0.3 + 0.2 * n)
    print("job", n, "finished at", round(time.perf_counter() - start, 1), "s")
    return n


start = time.perf_counter()
pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(2)]
pool.shutdown(wait=False)
print("shutdown(wait=False) returned at", round(time.perf_counter() - start, 1), "s")
try:
    pool.submit(job, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
print([f.result() for f in futures])
pool.shutdown()
print("second shutdown is harmless")
