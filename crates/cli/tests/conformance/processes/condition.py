# multiprocessing.Condition across processes: two children wait for a
# shared value under the condition, the parent sets it and wakes them all;
# a wait with a timeout nobody answers; the errors of using it unheld.
import multiprocessing as mp
import time


def consumer(cond, box, results, name):
    with cond:
        cond.wait_for(lambda: box.value > 0)
        results.put((name, box.value))


if __name__ == "__main__":
    cond = mp.Condition()
    box = mp.Value("i", 0)
    results = mp.Queue()
    procs = [mp.Process(target=consumer, args=(cond, box, results, "c%d" % i)) for i in range(2)]
    for p in procs:
        p.start()
    time.sleep(0.2)
    with cond:
        box.value = 7
        cond.notify_all()
    print(sorted(results.get() for _ in procs))
    for p in procs:
        p.join()
    print("exit codes", [p.exitcode for p in procs])
    with cond:
        start = time.monotonic()
        print("woken:", cond.wait(0.1), round(time.monotonic() - start, 1))
        print("predicate:", cond.wait_for(lambda: box.value > 100, timeout=0.1))
    for use in (cond.wait, cond.notify):
        try:
            use()
        except AssertionError as e:
            print("AssertionError:", e)
    lock = mp.Lock()
    plain = mp.Condition(lock)
    with plain:
        plain.notify()
        print("notified nobody")
