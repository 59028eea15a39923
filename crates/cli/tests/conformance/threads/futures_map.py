import time
from concurrent.futures import ThreadPoolExecutor


def slow_square(n):
    time.sleep(0.1 * (4 - n))
    return n * n


with ThreadPoolExecutor(max_workers=4) as ex:
    start = time.monotonic()
    print(list(ex.map(slow_square, range(4))))
    print("in parallel:", time.monotonic() - start < 0.6)
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    print(list(ex.map(slow_square, [])))
    gen = ex.map(slow_square, [1, 2], chunksize=5)
    print(type(gen).__name__, next(gen), next(gen))


def fail_on(n):
    time.sleep(0.05)
    if n == 2:
        raise KeyError(n)
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(fail_on, [1, 2, 3])
    print(next(results))
    try:
        next(results)
    except KeyError as e:
        print("map re-raised", repr(e))
    try:
        next(results)
    except StopIteration:
        print("generator finished")

with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(time.sleep, [0.3, 0.3], timeout=0.1)
    try:
        list(it)
    except TimeoutError as e:
        print("map timeout:", type(e).__name__, repr(e))

with ThreadPoolExecutor(max_workers=2) as ex:
    for i, v in enumerate(ex.map(fail_on, [1, 3, 2])):
        print("got", v)
