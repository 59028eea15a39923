# multiprocessing.pool.ThreadPool and multiprocessing.dummy, as the
# concurrency tutorials use them for I/O-bound work.
import threading
import time
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool
import multiprocessing.dummy as dummy


def download(n):
    time.sleep(0.1 * (n % 3 + 1))
    return f"page {n}", threading.current_thread().name.startswith("Thread-")


def square(x):
    return x * x


def add(a, b):
    return a + b


def fails(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x


start = time.perf_counter()
with ThreadPool(4) as pool:
    print(pool)
    print(pool.map(download, range(6)))
    print(pool.starmap(add, [(1, 2), (3, 4)]))
    print(list(pool.imap(square, range(5))))
    print(sorted(pool.imap_unordered(square, range(5))))
    r = pool.apply_async(square, (7,))
    print(r.get(timeout=1), r.ready(), r.successful())
    try:
        pool.map(fails, range(4))
    except ValueError as e:
        print("map raised:", e)
print("took", round(time.perf_counter() - start, 1))

collected = []
pool = ThreadPool(2)
for i in range(5):
    pool.apply_async(square, (i,), callback=collected.append)
pool.close()
pool.join()
print(sorted(collected), pool)

with DummyPool(3) as p:
    print(p.map(square, [1, 2, 3]))

t = threading.Thread(target=lambda: None)
print(t.name)

q = dummy.Queue()
procs = [dummy.Process(target=q.put, args=(i,)) for i in range(3)]
for p in procs:
    p.start()
for p in procs:
    p.join()
print(sorted(q.get() for _ in range(3)), [p.exitcode for p in procs])
print(dummy.current_process().name, dummy.active_children())
a, b = dummy.Pipe()
a.send("hello")
print(b.poll(), b.recv(), b.poll(0.05))
