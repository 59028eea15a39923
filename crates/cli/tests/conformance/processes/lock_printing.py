# CPython's docs, "Synchronization between processes": a lock makes sure
# only one process prints at a time (each waits a little first, so that
# the order does not depend on a race).
import time
from multiprocessing import Process, Lock


def f(l, i):
    time.sleep(0.05 * i)
    l.acquire()
    try:
        print('hello world', i)
    finally:
        l.release()


if __name__ == '__main__':
    lock = Lock()

    for num in range(10):
        Process(target=f, args=(lock, num)).start()
