# Several worker processes take jobs from one queue and put results on
# another, the classic fan-out with processes.
import multiprocessing as mp
import time


def worker(jobs, done):
    name = mp.current_process().name
    while True:
        n = jobs.get()
        if n is None:
            return
        time.sleep(0.1)
        done.put((n, n * n, name.startswith("Process-")))


if __name__ == "__main__":
    jobs, done = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, done)) for _ in range(3)]
    for w in workers:
        w.start()
    start = time.perf_counter()
    for n in range(6):
        jobs.put(n)
    for _ in workers:
        jobs.put(None)
    results = sorted(done.get() for _ in range(6))
    for w in workers:
        w.join()
    print(results)
    print("six jobs on three workers:", round(time.perf_counter() - start, 1), "s")
