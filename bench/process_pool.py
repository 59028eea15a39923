# Processes: twenty processes started and joined one after another (start-up
# cost), then a pool of four over eight CPU-bound jobs.
from multiprocessing import Pool, Process


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def nothing():
    pass


if __name__ == "__main__":
    for _ in range(20):
        p = Process(target=nothing)
        p.start()
        p.join()
    with Pool(4) as pool:
        print(sum(pool.map(work, [200_000] * 8)))
