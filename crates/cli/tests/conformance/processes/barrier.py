# multiprocessing.Barrier: three processes arriving 0.1 s apart all pass
# when the last arrives, the last one runs the action; a barrier that times
# out breaks; reset and abort.
import multiprocessing as mp
import threading
import time


def arrived():
    print("all three here", flush=True)


def worker(barrier, results, n):
    time.sleep(0.1 * n)
    index = barrier.wait()
    results.put((n, index))


if __name__ == "__main__":
    barrier = mp.Barrier(3, action=arrived)
    results = mp.Queue()
    start = time.monotonic()
    procs = [mp.Process(target=worker, args=(barrier, results, n)) for n in range(3)]
    for p in procs:
        p.start()
    got = sorted(results.get() for _ in procs)
    elapsed = round(time.monotonic() - start, 1)
    for p in procs:
        p.join()
    print(got, "after", elapsed)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

    lonely = mp.Barrier(2, timeout=0.1)
    try:
        lonely.wait()
    except threading.BrokenBarrierError:
        print("broken after", round(time.monotonic() - start - elapsed, 1), lonely.broken)
    try:
        lonely.wait()
    except threading.BrokenBarrierError:
        print("still broken")
    lonely.reset()
    print("reset:", lonely.broken, lonely.n_waiting)
    lonely.abort()
    print("aborted:", lonely.broken)
    print(repr(lonely).endswith(": broken>"))
