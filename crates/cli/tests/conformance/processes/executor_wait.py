# concurrent.futures.wait and as_completed over a process pool.
import concurrent.futures as cf
import time


def slow(n):
    time.sleep(n / 10)
    return n


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(slow, n) for n in (3, 1, 2)]
        done, pending = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
        print([f.result() for f in done], len(pending))
        done, pending = cf.wait(fs)
        print(sorted(f.result() for f in done), len(pending))
        order = [f.result() for f in cf.as_completed([ex.submit(slow, n) for n in (2, 3, 1)])]
        print(order)
        f = ex.submit(slow, 5)
        try:
            f.result(timeout=0.1)
        except cf.TimeoutError:
            print("not done within 0.1 s")
        print(f.result())
        results = ex.map(slow, [1, 2], timeout=5)
        print(list(results))
