# Condition.wait_for(predicate, timeout) and wait(timeout), plus
# notify_all waking every waiter.
import threading
import time

cond = threading.Condition()
state = {"count": 0}
woken = []


def wait_for_three(name):
    with cond:
        ok = cond.wait_for(lambda: state["count"] >= 3)
        woken.append((name, ok, state["count"]))


start = time.perf_counter()
with cond:
    print("wait(0.1):", cond.wait(timeout=0.1))
    print("wait_for(timeout=0.1):", cond.wait_for(lambda: state["count"] > 0, timeout=0.1))
waiters = [threading.Thread(target=wait_for_three, args=(f"w{i}",)) for i in range(2)]
for w in waiters:
    w.start()
for _ in range(3):
    time.sleep(0.2)
    with cond:
        state["count"] += 1
        cond.notify_all()
for w in waiters:
    w.join()
print(sorted(woken))
print(f"took {round(time.perf_counter() - start, 1)} s")
