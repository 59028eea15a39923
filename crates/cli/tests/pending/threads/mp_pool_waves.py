# A Pool of three processes over nine jobs of 0.2 s: three waves, 0.6 s.
# The pool's processes are all started when the Pool is made, so the
# timing starts after that.
import multiprocessing
import time


def job(n):
    time.sleep(0.2)
    return n * 10


if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        start = time.perf_counter()
        print(pool.map(job, range(9), chunksize=1))
        print(f"nine jobs took {round(time.perf_counter() - start, 1)} s")
