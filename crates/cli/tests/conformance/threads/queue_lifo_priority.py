# Three orders out of the same puts: Queue is first in first out,
# LifoQueue last in first out, PriorityQueue smallest first.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (3, 1, 4, 1, 5):
        q.put(item)
    print(cls.__name__, [q.get() for _ in range(q.qsize())])

jobs = queue.PriorityQueue()
jobs.put((2, "write report"))
jobs.put((1, "fix the build"))
jobs.put((3, "lunch"))
jobs.put((1, "answer mail"))
while not jobs.empty():
    priority, task = jobs.get()
    print(priority, task)
