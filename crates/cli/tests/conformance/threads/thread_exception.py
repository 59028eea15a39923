import sys
import threading
import time


def worker(n):
    time.sleep(0.05 * n)
    print("worker", n, "fails")
    raise ValueError("bad value %d" % n)


def quitter():
    sys.exit(3)


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("after join, alive:", t.is_alive())
q = threading.Thread(target=quitter, name="quitter")
q.start()
q.join()
print("SystemExit in a thread is silent")


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None or True)


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t2 = threading.Thread(target=worker, args=(2,))
t2.start()
t2.join()
threading.excepthook = threading.__excepthook__


class Broken(threading.Thread):
    def run(self):
        time.sleep(0.05)
        {}["missing"]


b = Broken()
b.start()
b.join()
print("main goes on")
