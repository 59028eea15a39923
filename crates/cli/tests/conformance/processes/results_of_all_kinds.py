# Workers return nested results: lists of tuples, dicts of sets, objects.
from multiprocessing import Pool


class Summary:
    def __init__(self, n):
        self.n = n
        self.squares = [i * i for i in range(n)]

    def __repr__(self):
        return f"Summary(n={self.n}, total={sum(self.squares)})"


def analyse(n):
    return {"n": n, "pairs": [(i, i % 2 == 0) for i in range(n)], "set": {n, n + 1}}


def summarise(n):
    return Summary(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        for result in pool.map(analyse, [1, 3]):
            print(result)
        print(pool.map(summarise, [3, 10]))
