# sys.exit with a message in a child: the message goes to stderr and the
# exit code is 1; a negative or large code comes back as given.
import multiprocessing as mp
import sys


def leave(code):
    sys.exit(code)


if __name__ == "__main__":
    for code in ("bye", 2, 255, False, True):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join()
        print(repr(code), "->", p.exitcode)
