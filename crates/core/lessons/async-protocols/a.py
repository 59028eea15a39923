# The synchronous protocols: __iter__/__next__ and __enter__/__exit__.
import time


class Pages:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        time.sleep(0.5)
        return f"page {self.i}"


class Connection:
    def __enter__(self):
        print("connect")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("disconnect")


start = time.perf_counter()
with Connection():
    for page in Pages(3):
        print("read", page)
print(f"took {time.perf_counter() - start:.1f} s")
