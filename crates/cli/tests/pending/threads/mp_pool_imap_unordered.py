# imap keeps the input order; imap_unordered hands results over as soon as
# they are ready.
import multiprocessing
import time


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print("imap:          ", list(pool.imap(nap, [0.5, 0.1, 0.3])))
        print("imap_unordered:", list(pool.imap_unordered(nap, [0.5, 0.1, 0.3])))
        start = time.perf_counter()
        for value in pool.imap(nap, [0.4, 0.1]):
            print("imap gave", value, "at", round(time.perf_counter() - start, 1), "s")
