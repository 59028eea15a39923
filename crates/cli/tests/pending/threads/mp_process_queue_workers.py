# Several worker processes share one multiprocessing.Queue of jobs and one
# of results; None sentinels stop them, and join() waits for their exit.
import multiprocessing
import os


def worker(jobs, results):
    while True:
        n = jobs.get()
        if n is None:
            break
        results.put((n, n ** 3, os.getpid()))


if __name__ == "__main__":
    jobs = multiprocessing.Queue()
    results = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(jobs, results)) for _ in range(3)]
    for p in procs:
        p.start()
    for n in range(10):
        jobs.put(n)
    for _ in procs:
        jobs.put(None)
    collected = [results.get() for _ in range(10)]
    for p in procs:
        p.join()
    print(sorted((n, cube) for n, cube, _ in collected))
    print("computed outside the parent:", all(pid != os.getpid() for *_, pid in collected))
    print("exit codes:", [p.exitcode for p in procs])
