# An exception in a thread: threading's report shows the frames of
# threading.py the target ran under (_bootstrap_inner, run), as CPython's.
import threading


def worker():
    raise RuntimeError("oops")


class Worker(threading.Thread):
    def run(self):
        return 1 / 0


t = threading.Thread(target=worker)
t.start()
t.join()
w = Worker()
w.start()
w.join()
print("done")
