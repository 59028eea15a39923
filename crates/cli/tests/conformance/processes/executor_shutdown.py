# ProcessPoolExecutor: shutdown(wait=True) waits for the queued work;
# cancel_futures cancels what has not started; submit after shutdown fails.
import concurrent.futures as cf
import time


def slow(n):
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=1)
    fs = [ex.submit(slow, n) for n in range(3)]
    ex.shutdown(wait=True)
    print([f.result() for f in fs], all(f.done() for f in fs))
    try:
        ex.submit(slow, 9)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cf.ProcessPoolExecutor(max_workers=2) as ex2:
        print(list(ex2.map(slow, range(4))))
    try:
        cf.ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
