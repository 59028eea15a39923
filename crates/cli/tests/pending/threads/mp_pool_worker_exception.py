# An exception in a pool worker is pickled back and raised again in the
# parent by get()/map().
import multiprocessing


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x ** 0.5


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(checked_sqrt, [4, 9, -1, 16])
        except ValueError as e:
            print("map raised ValueError:", e)
        result = pool.apply_async(checked_sqrt, (-5,))
        try:
            result.get()
        except ValueError as e:
            print("get raised ValueError:", e)
            print("cause is a RemoteTraceback:", type(e.__cause__).__name__)
        print("pool still works:", pool.map(checked_sqrt, [1, 4]))
