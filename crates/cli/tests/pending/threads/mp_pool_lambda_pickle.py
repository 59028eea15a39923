# Work sent to a process pool travels pickled, so lambdas and functions
# defined inside other functions cannot go.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def main():
    def local_square(x):
        return x * x

    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(lambda x: x * 2, [1, 2, 3])
        except Exception as e:
            print(type(e).__name__ + ":", e)
        try:
            pool.map(local_square, [1, 2, 3])
        except Exception as e:
            print(type(e).__name__ + ":", e)
    with ProcessPoolExecutor(2) as pool:
        future = pool.submit(local_square, 3)
        try:
            future.result()
        except Exception as e:
            print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    main()
