# An exception inside one call of map() comes out when the loop reaches
# that result; the results before it have already been used.
from concurrent.futures import ThreadPoolExecutor


def invert(x):
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(invert, [4, 2, 0, 1]):
            print("got", value)
    except ZeroDivisionError as e:
        print("map raised ZeroDivisionError:", e)
print("pool closed cleanly")
