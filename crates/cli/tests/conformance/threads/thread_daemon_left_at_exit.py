# A daemon thread does not keep the program alive: when the main thread
# ends, the daemon's remaining work is simply dropped.
import threading
import time


def heartbeat():
    for i in range(100):
        print("beat", i)
        time.sleep(0.2)


start = time.perf_counter()
threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(0.5)
print("main ends after", round(time.perf_counter() - start, 1), "s; the daemon is dropped")
