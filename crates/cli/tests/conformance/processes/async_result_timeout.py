# AsyncResult: get with a timeout, ready(), wait(); successful() before
# the result is ready raises.
from multiprocessing import Pool, TimeoutError
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        print(r.ready())
        try:
            r.successful()
        except ValueError:
            print("ValueError: not ready")
        try:
            r.get(timeout=0.1)
        except TimeoutError:
            print("TimeoutError after 0.1 s")
        r.wait(0.05)
        print(r.ready())
        print(r.get(timeout=1), r.ready(), r.successful())
