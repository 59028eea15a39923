# Each process has its own memory: what a child changes stays in the child.
from multiprocessing import Process, Pool

counter = 0
items = []


def bump(extra):
    global counter
    counter += 1
    items.append(extra)
    extra.append("changed in the child")
    print("child sees", counter, items)


def read_counter(_):
    return counter


if __name__ == "__main__":
    data = ["mine"]
    p = Process(target=bump, args=(data,))
    p.start()
    p.join()
    print("parent sees", counter, items, data)
    counter = 10
    with Pool(2) as pool:
        print("workers see", sorted(set(pool.map(read_counter, range(4)))))
