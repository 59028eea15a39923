# Event: waiters block until another thread sets the flag.
import threading
import time

ready = threading.Event()
log = []


def waiter(name):
    log.append(f"{name} waiting")
    ready.wait()
    log.append(f"{name} released at {round(time.perf_counter() - start, 1)} s")


start = time.perf_counter()
print("wait(0.2) before set:", ready.wait(0.2), ready.is_set())
threads = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(3)]
for t in threads:
    t.start()
    time.sleep(0.05)
time.sleep(0.25)
ready.set()
for t in threads:
    t.join()
print("\n".join(sorted(log)))
print("wait() after set:", ready.wait(), ready.is_set())
ready.clear()
print("after clear:", ready.is_set())
