# A custom exception raised in a worker comes back with its class, args
# and extra attributes; its traceback text travels as the cause.
from multiprocessing import Pool


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
        self.url = url
        self.status = status


def fetch(url):
    raise FetchError(url, 404)


if __name__ == "__main__":
    with Pool(1) as pool:
        try:
            pool.apply(fetch, ("/missing",))
        except FetchError as e:
            print(type(e).__name__, e.args, e.url, e.status)
            print(type(e.__cause__).__name__)
            print("fetch" in str(e.__cause__))
