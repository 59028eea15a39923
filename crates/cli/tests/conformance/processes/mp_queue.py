# A producer process and a consumer process talk through a
# multiprocessing.Queue; None tells the consumer to stop.
import multiprocessing as mp
import queue
import time


def producer(q, n):
    for i in range(n):
        time.sleep(0.05)
        q.put(f"item {i}")
        print("produced", i)
    q.put(None)


def consumer(q, results):
    while True:
        item = q.get()
        if item is None:
            break
        print("consumed", item)
        results.put(item.upper())


if __name__ == "__main__":
    q = mp.Queue()
    results = mp.Queue()
    p = mp.Process(target=producer, args=(q, 3))
    c = mp.Process(target=consumer, args=(q, results))
    p.start()
    c.start()
    p.join()
    c.join()
    print([results.get() for _ in range(3)])
    print(results.empty(), results.qsize())
    try:
        results.get(timeout=0.1)
    except queue.Empty:
        print("empty after 0.1 s")
    try:
        results.get_nowait()
    except queue.Empty:
        print("empty at once")
    q.put_nowait(5)
    print(q.get(block=False))
