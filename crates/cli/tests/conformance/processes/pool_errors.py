# An exception in a worker comes back to the caller of get()/map().
from multiprocessing import Pool


def check(n):
    if n == 3:
        raise ValueError(f"three is not allowed (got {n})")
    return n


class Oops(Exception):
    pass


def custom(n):
    raise Oops("custom", n)


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(check, range(6))
        except ValueError as e:
            print("map raised ValueError:", e)
        r = pool.apply_async(check, (3,))
        try:
            r.get()
        except ValueError as e:
            print("get raised", repr(e), r.successful())
        try:
            pool.apply(custom, (5,))
        except Oops as e:
            print("Oops with args", e.args)
        errors = []
        pool.apply_async(check, (3,), error_callback=errors.append).wait()
        print("error callback got", [type(e).__name__ for e in errors])
        print(pool.map(check, [0, 1, 2]))
