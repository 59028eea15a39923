# Four threads add to one counter under a Lock; `with lock:` makes each
# read-modify-write a unit, so no increment is lost.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(50_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("locked after use:", lock.locked())
