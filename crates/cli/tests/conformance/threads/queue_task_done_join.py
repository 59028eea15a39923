# Queue.join() waits until every item put has been marked task_done() by a
# worker; daemon workers are left blocked on get() at exit.
import queue
import threading
import time

q = queue.Queue()
handled = []


def worker():
    while True:
        item = q.get()
        time.sleep(0.1)
        handled.append(item)
        q.task_done()


start = time.perf_counter()
for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(9):
    q.put(item)
q.join()
print("all handled:", sorted(handled))
print(f"took {round(time.perf_counter() - start, 1)} s")
print("unfinished tasks:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
