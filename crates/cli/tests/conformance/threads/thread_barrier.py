# A Barrier(3): each thread waits until all three arrive; the action runs
# once, and wait() hands every thread a different index.
import threading
import time

arrived = []


def when_all_arrived():
    print("all three arrived at", round(time.perf_counter() - start, 1), "s")


barrier = threading.Barrier(3, action=when_all_arrived)
indexes = []


def runner(delay):
    time.sleep(delay)
    indexes.append(barrier.wait())


start = time.perf_counter()
threads = [threading.Thread(target=runner, args=(d,)) for d in (0.1, 0.3, 0.5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indexes:", sorted(indexes))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)
