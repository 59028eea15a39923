# multiprocessing.Pool: map, starmap, imap, imap_unordered, apply,
# apply_async; then close() and join().
import multiprocessing


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=3)
    print("map:", pool.map(square, range(6)))
    print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
    print("imap:", list(pool.imap(square, [5, 6, 7])))
    print("imap_unordered sorted:", sorted(pool.imap_unordered(square, range(5))))
    print("apply:", pool.apply(power, (2, 10)))
    pending = pool.apply_async(square, (12,))
    print("AsyncResult ready:", type(pending.ready()).__name__)
    print("apply_async().get():", pending.get(timeout=5))
    print("successful:", pending.successful())
    many = pool.map_async(square, range(4))
    print("map_async().get():", many.get())
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
