# The classic producer/consumer with queue.Queue: one producer, two
# consumers, and a None sentinel per consumer to tell it to stop.
import queue
import threading
import time

q = queue.Queue()
consumed = []
done = []


def producer():
    for i in range(6):
        time.sleep(0.1)
        q.put(i)
    for _ in range(2):
        q.put(None)


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            break
        consumed.append((item, name))
    done.append(name)


start = time.perf_counter()
workers = [threading.Thread(target=consumer, args=(f"consumer-{i}",)) for i in range(2)]
for w in workers:
    w.start()
producer()
for w in workers:
    w.join()
print("stopped:", sorted(done))
print("items:", sorted(item for item, _ in consumed))
print("queue empty:", q.empty(), "size:", q.qsize())
print(f"took {round(time.perf_counter() - start, 1)} s")
