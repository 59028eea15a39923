# A bounded queue slows the producer down to the consumer's pace: with
# maxsize=2 and a consumer taking 0.2 s an item, put() starts to block.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
put_times = []


def consumer():
    while (item := q.get()) is not None:
        time.sleep(0.2)


start = time.perf_counter()
c = threading.Thread(target=consumer)
c.start()
for i in range(6):
    q.put(i)
    put_times.append(round(time.perf_counter() - start, 1))
q.put(None)
c.join()
print("put returned at:", put_times)
print(f"took {round(time.perf_counter() - start, 1)} s")
