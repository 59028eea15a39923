# A process's repr through its life: initial, started, stopped with its
# exit code (0 included; a signal's by name), closed (no pid then).
import re
import time
from multiprocessing import Process


def work(seconds):
    time.sleep(seconds)
    if seconds == 0.2:
        raise SystemExit(3)


def shown(p):
    return re.sub(r"(pid|parent)=\d+", r"\1=N", repr(p))


if __name__ == "__main__":
    procs = [Process(target=work, args=(s,)) for s in (0.1, 0.2, 5)]
    print(shown(procs[0]))
    for p in procs:
        p.start()
    print(shown(procs[0]))
    time.sleep(0.5)
    procs[2].terminate()
    for p in procs:
        p.join()
        print(shown(p), p.exitcode)
    procs[0].close()
    print(shown(procs[0]))
