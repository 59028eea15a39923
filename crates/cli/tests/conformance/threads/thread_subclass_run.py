# Subclassing Thread: override run(), keep the result on the object.
import threading
import time


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        time.sleep(0.1 * self.n)
        self.result = self.n * self.n


start = time.perf_counter()
threads = [Squarer(n) for n in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.result for t in threads])
print([t.name for t in threads])
print(f"took {round(time.perf_counter() - start, 1)} s")
