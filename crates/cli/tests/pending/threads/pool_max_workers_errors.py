# Pools refuse nonsense sizes.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import multiprocessing

if __name__ == "__main__":
    for make in (lambda: ThreadPoolExecutor(max_workers=0),
                 lambda: ThreadPoolExecutor(max_workers=-2),
                 lambda: ProcessPoolExecutor(max_workers=0),
                 lambda: multiprocessing.Pool(0)):
        try:
            make()
        except ValueError as e:
            print("ValueError:", e)
    try:
        ThreadPoolExecutor(max_workers="3")
    except TypeError as e:
        print("TypeError:", e)
