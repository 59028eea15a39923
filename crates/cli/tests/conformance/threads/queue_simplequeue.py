# SimpleQueue: unbounded, no task_done/join, and get() still takes a timeout.
import queue
import threading
import time

sq = queue.SimpleQueue()


def sender():
    for word in ("ping", "pong", "done"):
        time.sleep(0.1)
        sq.put(word)


t = threading.Thread(target=sender)
t.start()
while (word := sq.get()) != "done":
    print("got", word)
t.join()
print("empty:", sq.empty(), "size:", sq.qsize())
print("has task_done:", hasattr(sq, "task_done"))
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1): queue.Empty")
