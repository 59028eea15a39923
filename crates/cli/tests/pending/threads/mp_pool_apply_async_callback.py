# apply_async with callback and error_callback: they run in the parent
# when each result arrives.
import multiprocessing
import time

got = []


def slow_div(a, b):
    time.sleep(0.1 * a)
    return a / b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r1 = pool.apply_async(slow_div, (1, 2), callback=lambda v: got.append(("ok", v)))
        r2 = pool.apply_async(slow_div, (3, 0), error_callback=lambda e: got.append(("error", repr(e))))
        r1.wait()
        r2.wait()
        print(sorted(got))
        print("r2 successful:", r2.successful())
        try:
            r2.get()
        except ZeroDivisionError as e:
            print("r2.get() raised ZeroDivisionError:", e)
