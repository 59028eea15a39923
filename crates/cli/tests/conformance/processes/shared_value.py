# multiprocessing.Value shared by four processes: increments under its
# lock add up; the parent reads the total after joining them.
from multiprocessing import Process, Value
import time


def add(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    print(counter, counter.value)
    procs = [Process(target=add, args=(counter, 25)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("total:", counter.value)
    counter.value = 2 ** 31
    print("wrapped:", counter.value)
    d = Value("d", 1)
    print(d, d.value)
    d.value = 2.5
    print(d.value, d.get_obj())
    raw = Value("i", 7, lock=False)
    print(hasattr(raw, "get_lock"), raw)
    c = Value("c", b"x")
    print(c.value, c)
    for bad in (1.5, "s", None):
        try:
            counter.value = bad
        except TypeError as e:
            print("TypeError:", e)
    try:
        Value("z", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        d.value = "x"
    except TypeError as e:
        print("TypeError:", e)
    with counter as held:
        print("held:", held)
    print(counter.acquire(), counter.release())
