# A child that raises prints its traceback and exits with code 1; sys.exit
# sets the exit code; terminate() ends a child with -15.
import multiprocessing as mp
import sys
import time


def broken(n):
    return [1, 2, 3][n]


def leave(code):
    sys.exit(code)


if __name__ == "__main__":
    p = mp.Process(target=broken, args=(5,))
    p.start()
    p.join()
    print("broken:", p.exitcode)
    for code in (0, 3, None):
        q = mp.Process(target=leave, args=(code,))
        q.start()
        q.join()
        print("sys.exit(%r):" % (code,), q.exitcode)
    s = mp.Process(target=time.sleep, args=(5,))
    s.start()
    time.sleep(0.2)
    s.terminate()
    s.join()
    print("terminated:", s.exitcode, s.is_alive())
