# Pool's ways to hand out work: map, starmap, imap, imap_unordered, apply,
# apply_async with callbacks, map_async.
from multiprocessing import Pool
import time


def square(x):
    return x * x


def power(x, y):
    return x ** y


def slow_square(x):
    time.sleep(0.1 * (4 - x))
    return x * x


if __name__ == "__main__":
    got = []
    with Pool(processes=4) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(10), chunksize=3))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(5))))
        print(list(pool.imap_unordered(slow_square, range(4))))
        print(pool.apply(power, (2, 10)))
        r = pool.apply_async(square, (7,), callback=got.append)
        print(r.get(timeout=5), r.ready(), r.successful())
        m = pool.map_async(square, [1, 2, 3])
        m.wait()
        print(m.get())
        print(pool.map(square, []))
    print("callback got", got)
    pool = Pool(2)
    results = [pool.apply_async(power, (n, 2)) for n in range(5)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
