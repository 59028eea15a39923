# Waiting (sleep, network) releases the GIL: four threads that each wait
# 0.3 s finish together, four times faster than one after another.
import threading
import time


def wait(seconds):
    time.sleep(seconds)


start = time.perf_counter()
for _ in range(4):
    wait(0.3)
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=wait, args=(0.3,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"sequential {round(sequential, 1)} s, threads {round(threaded, 1)} s")
print("threads faster:", threaded < sequential / 2)
