# as_completed with a timeout over a process pool: what finishes in time
# comes out, then TimeoutError names how many did not.
import concurrent.futures as cf
import time


def nap(s):
    time.sleep(s)
    return s


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=3) as ex:
        fs = [ex.submit(nap, s) for s in (0.1, 0.2, 1.0)]
        try:
            for f in cf.as_completed(fs, timeout=0.5):
                print("finished", f.result())
        except cf.TimeoutError as e:
            print("TimeoutError:", e)
        print([f.done() for f in fs])
