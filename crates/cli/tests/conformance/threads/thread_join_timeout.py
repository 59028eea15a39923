# join(timeout) returns after the timeout even if the thread is still
# running; is_alive() tells which happened.
import threading
import time


def slow():
    time.sleep(0.6)
    print("slow worker done")


start = time.perf_counter()
t = threading.Thread(target=slow)
t.start()
print("join(0.2) returned:", t.join(timeout=0.2))
print("alive after 0.2 s:", t.is_alive())
t.join()
print("alive after full join:", t.is_alive())
print(f"took {round(time.perf_counter() - start, 1)} s")
