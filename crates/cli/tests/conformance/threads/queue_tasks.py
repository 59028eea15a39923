import queue
import threading
import time

q = queue.Queue()
done = []


def worker(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.05 * item)
        done.append(item)
        q.task_done()


ws = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(2)]
for w in ws:
    w.start()
for item in [1, 2, 1, 3]:
    q.put(item)
print("unfinished:", q.unfinished_tasks)
q.join()
print("all done:", sorted(done), q.unfinished_tasks)
for w in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print("workers stopped")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# a bounded queue between a producer and a consumer
pipe = queue.Queue(maxsize=1)


def producer():
    for i in range(3):
        pipe.put(i)
    pipe.put(None)


p = threading.Thread(target=producer)
p.start()
time.sleep(0.05)
while True:
    item = pipe.get()
    if item is None:
        break
    time.sleep(0.2)
    print("consumed", item, "full again:", pipe.full())
p.join()
q.get(timeout=0.01) if not q.empty() else print("empty at the end")
try:
    pipe.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
pipe.get_nowait()
