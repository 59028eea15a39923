# An uncaught exception from a pool worker: the parent's traceback ends
# with the worker's error, after the worker's own traceback as text.
from multiprocessing import Pool


def parse_price(text):
    return float(text.strip("$"))


if __name__ == "__main__":
    with Pool(2) as pool:
        prices = pool.map(parse_price, ["$3.50", "$4", "free"])
        print(sum(prices))
