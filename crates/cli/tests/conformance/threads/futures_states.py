# A Future's repr shows its state: pending, running, finished (returned
# or raised), cancelled.
from concurrent.futures import ThreadPoolExecutor
import threading

started = threading.Event()
gate = threading.Event()


def wait_gate():
    started.set()
    gate.wait()
    return "opened"


def fail():
    raise KeyError("missing")


with ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(wait_gate)
    pending = pool.submit(fail)
    extra = pool.submit(fail)
    started.wait()
    print(running)
    print(pending)
    extra.cancel()
    print(extra)
    gate.set()
    running.result()
    pending.exception()
    print(running)
    print(pending)
