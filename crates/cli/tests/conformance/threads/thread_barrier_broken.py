# A Barrier that never fills: wait(timeout) breaks it, and every waiter
# gets BrokenBarrierError; abort() breaks it on purpose; reset() mends it.
import threading
import time

barrier = threading.Barrier(3)
outcome = []


def runner(name):
    try:
        barrier.wait(timeout=0.3)
        outcome.append(f"{name} passed")
    except threading.BrokenBarrierError:
        outcome.append(f"{name} broken")


start = time.perf_counter()
threads = [threading.Thread(target=runner, args=(f"r{i}",)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outcome), round(time.perf_counter() - start, 1))
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken barrier:", type(e).__name__, repr(e))
barrier.reset()
print("after reset broken:", barrier.broken)
barrier.abort()
print("after abort broken:", barrier.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
