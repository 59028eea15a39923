# CPU-bound work on two threads takes about as long as doing it twice in a
# row: only one thread at a time runs Python code (the GIL). Each way is
# timed three times, alternating, and the best times are compared.
import threading
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def sequential(n):
    spin(n)
    spin(n)


def threaded(n):
    threads = [threading.Thread(target=spin, args=(n,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def timed(fn, n):
    start = time.perf_counter()
    fn(n)
    return time.perf_counter() - start


N = 1_500_000
best = {"sequential": [], "threaded": []}
for _ in range(3):
    best["sequential"].append(timed(sequential, N))
    best["threaded"].append(timed(threaded, N))
ratio = min(best["threaded"]) / min(best["sequential"])
print("threads not faster:", ratio > 0.75)
