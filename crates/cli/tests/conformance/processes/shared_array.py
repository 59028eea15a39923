# multiprocessing.Array filled by a child process: the parent sees what the
# child wrote; slices, negative indices, iteration and the errors of a
# ctypes array.
from multiprocessing import Process, Array, RawArray, Value
import time


def squares(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i
    time.sleep(0.05)


if __name__ == "__main__":
    arr = Array("i", 6)
    print(len(arr), arr[:])
    procs = [Process(target=squares, args=(arr, s)) for s in (0, 1)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:], arr[-1], arr[1:4], arr[::-2])
    print([x for x in arr], sum(arr[:]), list(arr), sum(arr), max(arr), sorted(arr, reverse=True))
    arr[0:2] = [10, 20]
    print(arr[:3])
    for bad_index in (6, -7):
        try:
            arr[bad_index]
        except IndexError as e:
            print("IndexError:", e)
    try:
        arr["a"]
    except TypeError as e:
        print("TypeError:", e)
    try:
        arr[0] = 1.5
    except TypeError as e:
        print("TypeError:", e)
    try:
        arr[0:2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    d = Array("d", [1, 2.5])
    print(d[:], type(d).__name__)
    s = Array("c", b"hi")
    print(s[:], s.value, s.raw, type(s).__name__)
    s.value = b"h"
    print(s.raw, s.value)
    raw = RawArray("i", [3, 2, 1])
    print(raw[:], len(raw))
    print(repr(arr).startswith("<SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_6 object at 0x"))
    wide = Array("u", 3)
    print(repr(wide[:]), Value("u"), RawArray("u", "hi").value)
    print(Value("f", 0.1).value, RawArray("f", [1 / 3, 1e-45, 1e39])[:])
    print(Value("b", 200).value, Value("B", -1).value, Value("Q", -1).value)
