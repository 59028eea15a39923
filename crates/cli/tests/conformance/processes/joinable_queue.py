# multiprocessing.JoinableQueue: a consumer process marks each item done;
# the parent's join() returns once all are; task_done() once too often.
import multiprocessing as mp
import time


def consumer(q):
    while True:
        item = q.get()
        time.sleep(0.1)
        print("consumed", item, flush=True)
        q.task_done()


if __name__ == "__main__":
    q = mp.JoinableQueue()
    worker = mp.Process(target=consumer, args=(q,), daemon=True)
    worker.start()
    start = time.perf_counter()
    q.join()
    print("join with nothing put returns at once:", time.perf_counter() - start < 0.05)
    for item in ["a", "b", "c"]:
        q.put(item)
    q.join()
    print("all done after", round(time.perf_counter() - start, 1), "s", flush=True)
    q.put("d")
    q.join()
    print("and d")
    print(type(q).__module__, type(q).__name__)
    other = mp.JoinableQueue()
    try:
        other.task_done()
    except ValueError as e:
        print("ValueError:", e)
