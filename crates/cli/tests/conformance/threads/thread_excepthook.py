# threading.excepthook decides what happens to an uncaught exception in a
# thread; here it records it instead of printing a traceback.
import threading

failures = []


def record(args):
    failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


def divide(a, b):
    print(a / b)


threading.excepthook = record
for b in (2, 0):
    t = threading.Thread(target=divide, args=(1, b), name=f"divide-by-{b}")
    t.start()
    t.join()
print(failures)
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
