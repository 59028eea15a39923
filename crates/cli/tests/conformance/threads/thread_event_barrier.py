import threading
import time

ev = threading.Event()
print(repr(ev).endswith("unset>"), ev.is_set())


woke = []


def waiter(i):
    woke.append((i, ev.wait()))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(2)]
ws[0].start()
time.sleep(0.05)
ws[1].start()
time.sleep(0.05)
ev.set()
for t in ws:
    t.join()
print("woke:", sorted(woke))
print(repr(ev).endswith(": set>"), ev.wait(0.01))
ev.clear()
print("timed out wait ->", ev.wait(0.05))

# Barrier
barrier = threading.Barrier(3, action=lambda: print("action runs once"))
print(barrier.parties, barrier.n_waiting, barrier.broken)
print(repr(barrier).split(":")[-1])
indexes = []


def party(i):
    time.sleep(0.1 * i)
    indexes.append(barrier.wait())


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ps:
    t.start()
time.sleep(0.15)
print("waiting:", barrier.n_waiting, repr(barrier).split(":")[-1])
for t in ps:
    t.join()
print(sorted(indexes), barrier.n_waiting)

# a timed-out wait breaks the barrier for everybody
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, repr(e), b2.broken)
print(repr(b2).split(":")[-1])
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("still broken")
b2.reset()
print("after reset", b2.broken)

# abort wakes waiters with BrokenBarrierError
b3 = threading.Barrier(3)


def aborted():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print("waiter saw the abort")


a = threading.Thread(target=aborted)
a.start()
time.sleep(0.2)
b3.abort()
a.join()
print(b3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# reset while a thread waits
b4 = threading.Barrier(2)


def reset_victim():
    try:
        b4.wait()
    except threading.BrokenBarrierError:
        print("waiter saw the reset")


v = threading.Thread(target=reset_victim)
v.start()
time.sleep(0.2)
b4.reset()
v.join()
print("b4 broken:", b4.broken)
t = threading.Thread(target=b4.wait)
t.start()
print("b4 index", b4.wait())
t.join()

# an action that raises breaks the barrier
b5 = threading.Barrier(1, action=lambda: 1 / 0)
try:
    b5.wait()
except ZeroDivisionError:
    print("action error propagates; broken:", b5.broken)

# default timeout
b6 = threading.Barrier(2, timeout=0.05)
try:
    b6.wait()
except threading.BrokenBarrierError:
    print("default timeout used")
