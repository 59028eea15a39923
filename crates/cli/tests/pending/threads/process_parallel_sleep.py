# Three processes each sleeping 0.5 s run at the same time: 0.5 s in all.
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
    print(f"three processes took {round(time.perf_counter() - start, 1)} s")
