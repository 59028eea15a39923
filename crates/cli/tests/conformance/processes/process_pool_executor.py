# concurrent.futures.ProcessPoolExecutor: submit, map, as_completed, an
# exception re-raised by result(), the workers' names.
import concurrent.futures as cf
import multiprocessing
import time


def work(n):
    time.sleep(0.1 * n)
    return n * 10


def name(_):
    time.sleep(0.2)
    return multiprocessing.current_process().name


def fail():
    raise KeyError("missing")


if __name__ == "__main__":
    start = time.perf_counter()
    with cf.ProcessPoolExecutor(max_workers=3) as ex:
        futures = [ex.submit(work, n) for n in (3, 1, 2)]
        print([f.result() for f in futures])
        for f in cf.as_completed([ex.submit(work, n) for n in (3, 1, 2)]):
            print("completed", f.result())
        print(list(ex.map(work, [2, 1])))
        print(sorted(ex.map(name, range(3))))
        f = ex.submit(fail)
        print("exception:", repr(f.exception()))
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e)
        print(f.done(), f.cancelled())
    took = time.perf_counter() - start
    print("waited for the slowest of each batch:", 1.0 <= took < 1.5)
    try:
        ex.submit(work, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
