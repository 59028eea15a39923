# The same mistake left uncaught: the pickling error stops the program.
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(lambda word: word.upper(), ["a", "b"]))
