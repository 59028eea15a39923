# An exception nobody catches inside a thread: Python prints
# "Exception in thread ..." and the traceback to stderr, the thread dies,
# and the rest of the program carries on.
import threading
import time


def parse(text):
    return int(text)


def worker(text):
    value = parse(text)
    print("parsed", value)


good = threading.Thread(target=worker, args=("42",))
bad = threading.Thread(target=worker, args=("forty-two",))
good.start()
good.join()
bad.start()
bad.join()
time.sleep(0.1)
print("bad thread alive:", bad.is_alive())
print("main goes on")
