# Pool threads are named ThreadPoolExecutor-<pool>_<worker>, or
# <prefix>_<worker> with thread_name_prefix.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def whoami(_):
    time.sleep(0.2)
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as pool:
    print(sorted(set(pool.map(whoami, range(3)))))
with ThreadPoolExecutor(max_workers=2) as pool:
    print(sorted(set(pool.map(whoami, range(2)))))
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="fetcher") as pool:
    print(sorted(set(pool.map(whoami, range(2)))))
with ThreadPoolExecutor(max_workers=4) as pool:
    print("one task, one thread:", pool.submit(whoami, 0).result())
    print("threads made:", len(pool._threads))
