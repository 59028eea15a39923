# Workers take jobs from one queue and put results on another; the main
# thread collects exactly as many results as it sent jobs.
import queue
import threading
import time

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            return
        time.sleep(0.1)
        results.put((n, n * n, threading.current_thread().name))


start = time.perf_counter()
threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for n in range(8):
    jobs.put(n)
collected = [results.get() for _ in range(8)]
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
print(sorted((n, sq) for n, sq, _ in collected))
print("workers used:", sorted({name for _, _, name in collected}))
print(f"took {round(time.perf_counter() - start, 1)} s")
