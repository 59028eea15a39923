import threading
import time

# Lock and RLock
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.05))
lock.release()
with lock:
    print("inside with", lock.locked())
print(lock.locked())
r = threading.RLock()
with r:
    with r:
        print("nested rlock ok")

# a counter protected by a lock
total = 0


def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1


ts = [threading.Thread(target=add, args=(200,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total)

# Condition: a producer and a consumer
cond = threading.Condition()
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumer got", items.pop(0))
        ok = cond.wait_for(lambda: len(items) == 2, timeout=1)
        print("wait_for", ok, items)


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.05)
with cond:
    items.append("first")
    cond.notify()
time.sleep(0.05)
with cond:
    items.extend(["a", "b"])
    cond.notify_all()
c.join()
with cond:
    print("wait timeout ->", cond.wait(0.05))
    print("wait_for timeout ->", cond.wait_for(lambda: False, 0.05))
print(repr(threading.Condition(threading.Lock())))

# Condition on an RLock held twice
rc = threading.Condition(threading.RLock())


def notifier():
    time.sleep(0.05)
    with rc:
        rc.notify()


threading.Thread(target=notifier).start()
with rc:
    with rc:
        print("wait with rlock held twice ->", rc.wait(2))

# notify(n) wakes exactly n waiters
woken = []
nc = threading.Condition()


def sleeper(i):
    with nc:
        if nc.wait(0.3):
            woken.append(i)


ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in ss:
    t.start()
time.sleep(0.1)
with nc:
    nc.notify(2)
for t in ss:
    t.join()
print("woken by notify(2):", len(woken))

# Semaphore limiting concurrency
sem = threading.Semaphore(2)
print(repr(sem))
active = 0
peak = 0
plock = threading.Lock()


def limited(i):
    global active, peak
    with sem:
        with plock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with plock:
            active -= 1


ls = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("peak", peak, repr(sem))
bs = threading.BoundedSemaphore(3)
bs.acquire()
print(repr(bs))
sem.release(3)
print(repr(sem))
