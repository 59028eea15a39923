# terminate() stops a pool's workers at once: work in flight is lost.
from multiprocessing import Pool
import time


def slow(x):
    time.sleep(1)
    return x


if __name__ == "__main__":
    pool = Pool(2)
    r = pool.map_async(slow, range(4))
    time.sleep(0.2)
    pool.terminate()
    pool.join()
    print("ready after terminate:", r.ready())
    start = time.perf_counter()
    print("took under a second:", time.perf_counter() - start < 1)
