# A Condition guards a list: the consumer waits until the producer has
# appended something and notified it.
import threading
import time

items = []
cond = threading.Condition()


def consumer():
    for _ in range(3):
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        print(f"consumed {item} at {round(time.perf_counter() - start, 1)} s")


def producer():
    for i in range(3):
        time.sleep(0.2)
        with cond:
            items.append(f"item-{i}")
            cond.notify()


start = time.perf_counter()
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
