# multiprocessing.Queue carries pickled objects between processes: a
# producer process and a consumer process, with a None sentinel.
import multiprocessing
import time


def producer(q):
    for i in range(4):
        time.sleep(0.1)
        q.put({"n": i, "square": i * i})
    q.put(None)


def consumer(q, results):
    total = 0
    while (item := q.get()) is not None:
        total += item["square"]
        print("consumer got", item)
    results.put(total)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    results = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q,))
    c = multiprocessing.Process(target=consumer, args=(q, results))
    p.start()
    c.start()
    print("total from the consumer:", results.get())
    p.join()
    c.join()
    print("exit codes:", p.exitcode, c.exitcode)
