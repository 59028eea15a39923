# A child's exit code: 0 when it returns, the sys.exit() value, 1 when an
# exception escapes (its traceback goes to stderr), and minus the signal
# number when it is killed.
import multiprocessing
import sys
import time


def fine():
    pass


def leave():
    sys.exit(3)


def crash():
    raise ValueError("bad input in child")


def sleeper():
    time.sleep(10)


if __name__ == "__main__":
    for target in (fine, leave, crash):
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, "exitcode:", p.exitcode)
    p = multiprocessing.Process(target=sleeper)
    p.start()
    time.sleep(0.2)
    p.terminate()
    p.join()
    print("terminated exitcode:", p.exitcode)
    p = multiprocessing.Process(target=sleeper)
    p.start()
    p.join(timeout=0.2)
    print("after join(0.2): alive", p.is_alive(), "exitcode", p.exitcode)
    p.kill()
    p.join()
    print("killed exitcode:", p.exitcode)
