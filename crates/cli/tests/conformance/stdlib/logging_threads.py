# Logging from busy threads: each record keeps its own thread's name,
# function and line (records are sorted before printing: thread order varies).
import logging
import threading

records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append((record.threadName, record.funcName, record.lineno, record.getMessage()))


log = logging.getLogger("busy")
log.setLevel(logging.DEBUG)
log.addHandler(Collect())
log.propagate = False


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def worker_a():
    for k in range(20):
        crunch(300)
        log.info("a step %d", k)


def worker_b():
    for k in range(20):
        log.debug("b step %d", k)
        crunch(300)


threads = [threading.Thread(target=worker_a, name="A"), threading.Thread(target=worker_b, name="B")]
for t in threads:
    t.start()
for k in range(20):
    crunch(200)
    log.warning("main step %d", k)
for t in threads:
    t.join()
for r in sorted(records, key=lambda r: (r[0], int(r[3].split()[-1]))):
    print(r)
