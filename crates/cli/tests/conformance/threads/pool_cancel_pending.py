# With one worker, later submissions wait in the queue; cancel() works on
# them but not on the one already running.
from concurrent.futures import CancelledError, ThreadPoolExecutor
import time


def task(name):
    time.sleep(0.3)
    return name


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(task, "first")
    second = pool.submit(task, "second")
    third = pool.submit(task, "third")
    time.sleep(0.1)
    print("running:", first.running(), second.running())
    print("cancel first:", first.cancel())
    print("cancel second:", second.cancel())
    print("second cancelled:", second.cancelled(), "done:", second.done())
    print(repr(second).split(" state=")[1])
    try:
        second.result()
    except CancelledError as e:
        print("second.result() raised", type(e).__name__)
    print(first.result(), third.result())
