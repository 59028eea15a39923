# queue.Empty and queue.Full: the non-blocking calls raise at once, the
# ones with a timeout raise after waiting.
import queue
import time

q = queue.Queue(maxsize=2)
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait on empty:", type(e).__name__, repr(str(e)))
q.put("a")
q.put("b")
print("full:", q.full(), "maxsize:", q.maxsize)
try:
    q.put_nowait("c")
except queue.Full:
    print("put_nowait on full: queue.Full")
start = time.perf_counter()
try:
    q.put("c", timeout=0.3)
except queue.Full:
    print(f"put(timeout=0.3) gave up after {round(time.perf_counter() - start, 1)} s")
print(q.get(), q.get())
start = time.perf_counter()
try:
    q.get(timeout=0.2)
except queue.Empty:
    print(f"get(timeout=0.2) gave up after {round(time.perf_counter() - start, 1)} s")
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): queue.Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
