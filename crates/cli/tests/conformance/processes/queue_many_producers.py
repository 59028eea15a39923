# Three producers share one queue; the consumer sees their items in the
# order they were put.
import multiprocessing as mp
import time


def produce(q, name, delay):
    for i in range(2):
        time.sleep(delay)
        q.put((name, i))


if __name__ == "__main__":
    q = mp.Queue()
    specs = [("a", 0.1), ("b", 0.15), ("c", 0.25)]
    ps = [mp.Process(target=produce, args=(q, n, d)) for n, d in specs]
    for p in ps:
        p.start()
    print([q.get() for _ in range(6)])
    for p in ps:
        p.join()
    print(q.empty())
