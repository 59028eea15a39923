# A Semaphore(2) lets two workers at a time into the slow part, so six
# jobs of 0.2 s go in three waves.
import threading
import time

gate = threading.Semaphore(2)
started = []


def job(n):
    with gate:
        started.append(round(time.perf_counter() - start, 1))
        time.sleep(0.2)


start = time.perf_counter()
threads = [threading.Thread(target=job, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("entered at:", sorted(started))
print(f"took {round(time.perf_counter() - start, 1)} s")
