# Subclassing multiprocessing.Process, like threading.Thread; a subclass's
# processes are named after the class: Worker-1, Worker-2, ...
import multiprocessing
import time


class Worker(multiprocessing.Process):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds

    def run(self):
        time.sleep(self.seconds)
        print(f"{self.name} slept {self.seconds} s")


if __name__ == "__main__":
    workers = [Worker(s) for s in (0.3, 0.1, 0.5)]
    print([w.name for w in workers])
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print([w.exitcode for w in workers])
    print("plain one:", multiprocessing.Process().name)
