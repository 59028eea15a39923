# Processes do not share ordinary variables, but a multiprocessing.Value
# lives in shared memory; its lock keeps the increments from colliding.
import multiprocessing


def add(counter, times):
    for _ in range(times):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=add, args=(counter, 1000)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value)
    squares = multiprocessing.Array("d", 3)

    def fill(arr):
        for i in range(len(arr)):
            arr[i] = i * i

    p = multiprocessing.Process(target=fill, args=(squares,))
    p.start()
    p.join()
    print("array filled by the child:", list(squares))
