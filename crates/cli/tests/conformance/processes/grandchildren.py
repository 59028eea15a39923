# A process may start processes of its own; a daemonic one may not.
import multiprocessing as mp
import os
import time


def leaf(tag):
    time.sleep(0.1 * tag if isinstance(tag, int) else 0)
    print("leaf", tag, "parent is the middle:", os.getppid() != MAIN)


def middle():
    kids = [mp.Process(target=leaf, args=(i,)) for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    print("middle done", [k.exitcode for k in kids])


def daemon_tries():
    try:
        mp.Process(target=leaf, args=("x",)).start()
    except AssertionError as e:
        print("AssertionError:", e)


MAIN = os.getpid()

if __name__ == "__main__":
    m = mp.Process(target=middle)
    m.start()
    m.join()
    d = mp.Process(target=daemon_tries, daemon=True)
    d.start()
    d.join()
    print("exit codes", m.exitcode, d.exitcode)
