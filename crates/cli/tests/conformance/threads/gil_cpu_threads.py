# CPU-bound work on two threads takes about as long as doing it twice in a
# row: only one thread at a time runs Python code (the GIL). The work done
# one after another is timed in CPU seconds (time.process_time), which a
# busy machine does not inflate; the threads are timed by the wall clock.
# Threads truly running in parallel on two cores would come near 0.5.
import threading
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


N = 2_000_000
start = time.process_time()
spin(N)
spin(N)
sequential_cpu = time.process_time() - start

start = time.perf_counter()
threads = [threading.Thread(target=spin, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded_wall = time.perf_counter() - start
print("threads not faster:", threaded_wall > 0.6 * sequential_cpu)
