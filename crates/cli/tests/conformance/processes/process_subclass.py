# A Process subclass with its own run(), and values returned through a Pool.
import multiprocessing
import time


class Worker(multiprocessing.Process):
    def __init__(self, label, delay):
        super().__init__()
        self.label = label
        self.delay = delay

    def run(self):
        time.sleep(self.delay)
        print(f"{self.label} done after {self.delay} s in {self.name}")


if __name__ == "__main__":
    workers = [Worker("slow", 0.3), Worker("fast", 0.1), Worker("middle", 0.2)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("all three in", round(time.perf_counter() - start, 1), "s")
    print([w.exitcode for w in workers])
