# A worker's exception is kept in its Future: exception() returns it,
# result() raises it.
from concurrent.futures import ThreadPoolExecutor


def check_age(age):
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age


with ThreadPoolExecutor() as pool:
    ok = pool.submit(check_age, 30)
    bad = pool.submit(check_age, -1)
    print("ok.exception():", ok.exception())
    print("bad.exception():", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print("bad.result() raised:", e)
        print("same object:", e is bad.exception())
    print(repr(bad).split(" state=")[1])
