import queue
import threading
import time

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        time.sleep(0.01 * n)
        results.put((n, n * n, threading.current_thread().name))
        jobs.task_done()


for i in range(3):
    threading.Thread(target=worker, daemon=True, name="w%d" % i).start()
for n in range(1, 10):
    jobs.put(n)
jobs.join()
print("all jobs done; results:", results.qsize())
got = []
while not results.empty():
    got.append(results.get_nowait())
print(sorted(x[:2] for x in got))
print(set(x[2] for x in got) <= {"w0", "w1", "w2"})
print("daemon workers are left blocked in get(); the program still ends")
