# The main thread's code ends while a non-daemon thread still runs: the
# program waits for it before exiting.
import threading
import time


def late_worker():
    time.sleep(0.4)
    print("worker finished at", round(time.perf_counter() - start, 1), "s")
    print("main thread alive:", threading.main_thread().is_alive())


start = time.perf_counter()
threading.Thread(target=late_worker).start()
print("main reaches the end at", round(time.perf_counter() - start, 1), "s")
