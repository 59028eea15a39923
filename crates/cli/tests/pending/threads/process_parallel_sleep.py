# Three processes each sleeping 0.5 s run at the same time: well under the
# 1.5 s they would take one after another (starting a process costs a
# little, so the exact figure is not printed).
import multiprocessing
import time


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    start = time.perf_counter()
    processes = [multiprocessing.Process(target=nap, args=(0.5,)) for _ in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    elapsed = time.perf_counter() - start
    print("at least 0.5 s:", elapsed >= 0.5)
    print("well under 1.5 s:", elapsed < 1.0)
