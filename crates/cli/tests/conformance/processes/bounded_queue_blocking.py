# A bounded multiprocessing.Queue: put waits while the queue is full, until
# another process takes an item; put with a timeout raises Full.
import multiprocessing as mp
import queue
import time


def consumer(q):
    got = []
    for _ in range(4):
        time.sleep(0.2)
        got.append(q.get())
    print("consumer got", got)


if __name__ == "__main__":
    q = mp.Queue(maxsize=2)
    p = mp.Process(target=consumer, args=(q,))
    p.start()
    start = time.monotonic()
    for i in range(4):
        q.put(i)
        print("put", i, "at", round(time.monotonic() - start, 1))
    p.join()
    q.put("a")
    q.put("b")
    start = time.monotonic()
    try:
        q.put("c", timeout=0.3)
    except queue.Full:
        print("Full after", round(time.monotonic() - start, 1))
    try:
        q.put("c", block=False)
    except queue.Full:
        print("Full at once")
    print(q.get(), q.get())
    q.put("d", timeout=0.1)
    print(q.get())
