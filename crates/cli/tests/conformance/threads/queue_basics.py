import queue
import threading
import time


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e))


q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), [q.get() for _ in range(3)])
attempt("get_nowait on empty", q.get_nowait)
attempt("get timeout", lambda: q.get(timeout=0.05))
attempt("get non-blocking", lambda: q.get(False))
attempt("negative timeout", lambda: q.get(timeout=-1))
q.put("x")
attempt("negative timeout with an item", lambda: q.get(timeout=-1))
attempt("get", q.get)

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print("full:", b.full(), b.qsize())
attempt("put_nowait on full", lambda: b.put_nowait(3))
attempt("put timeout", lambda: b.put(3, timeout=0.05))
attempt("put negative timeout", lambda: b.put(3, timeout=-1))
attempt("unbounded put negative timeout", lambda: q.put(3, timeout=-1))
print(q.get())


taken = []


def unblock():
    time.sleep(0.05)
    taken.append(b.get())


u = threading.Thread(target=unblock)
u.start()
b.put(3)
u.join()
print("put after waiting; consumer took", taken, "queue holds", b.qsize())

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print("lifo:", [lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d"), (1, "a2"), (0, "z")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(pq.qsize())])
pq2 = queue.PriorityQueue()
pq2.put((1, {}))
pq2.put((1, {}))
attempt("equal dicts", lambda: pq2.get())
attempt("uncomparable", lambda: pq2.put((1, {2: 3})))


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return self.name


pq3 = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1, 0, 2, 3, 1]):
    pq3.put(Job(p, "j%d" % i))
print("ties:", [pq3.get() for _ in range(pq3.qsize())])

sq = queue.SimpleQueue()
print(repr(sq).split(" ")[0], sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
attempt("simple get_nowait", sq.get_nowait)
attempt("simple get timeout", lambda: sq.get(timeout=0.05))
attempt("simple negative timeout", lambda: sq.get(timeout=-1))
print(repr(q).split(" ")[0], issubclass(queue.Empty, Exception))
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("caught queue.Empty")
