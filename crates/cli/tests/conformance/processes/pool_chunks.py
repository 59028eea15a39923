# How a pool cuts work into chunks: results keep their order whatever the
# chunk size; imap with chunks yields one result at a time.
from multiprocessing import Pool


def tag(x):
    return f"<{x}>"


if __name__ == "__main__":
    with Pool(3) as pool:
        for size in (None, 1, 2, 5, 100):
            print(size, pool.map(tag, range(7), chunksize=size))
        print(list(pool.imap(tag, "abcde", chunksize=2)))
        print(sorted(pool.imap_unordered(tag, "xyz", chunksize=2)))
        try:
            pool.imap(tag, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
