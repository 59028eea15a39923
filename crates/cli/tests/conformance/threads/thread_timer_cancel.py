# threading.Timer runs a function once after a delay; cancel() before it
# fires stops it.
import threading
import time


def ring(label):
    print(f"{label} rang at {round(time.perf_counter() - start, 1)} s")


start = time.perf_counter()
t1 = threading.Timer(0.3, ring, args=("first",))
t2 = threading.Timer(0.6, ring, args=("second",))
t3 = threading.Timer(0.2, ring, kwargs={"label": "cancelled"})
for t in (t1, t2, t3):
    t.start()
t3.cancel()
print("timer is a Thread:", isinstance(t1, threading.Thread), t1.name)
t1.join()
t2.join()
t3.join()
print("all done at", round(time.perf_counter() - start, 1), "s")
