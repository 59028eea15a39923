# map_async: the callback gets the whole list; an error goes to
# error_callback, and get() raises it.
from multiprocessing import Pool


def check(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2


if __name__ == "__main__":
    seen = []
    with Pool(2) as pool:
        r = pool.map_async(check, [1, 2, 3], callback=seen.append)
        print(r.get())
        bad = pool.map_async(check, [1, -2, 3], error_callback=lambda e: seen.append(repr(e)))
        bad.wait()
        print(bad.ready(), bad.successful())
        try:
            bad.get()
        except ValueError as e:
            print("get raised:", e)
        print(pool.apply_async(check, kwds={"n": 5}).get())
    print(seen)
