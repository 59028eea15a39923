# Processes do not share memory: the child changes its own copy of a
# global list; the parent's list is untouched.
import multiprocessing

counter = 0
items = ["parent"]


def change():
    global counter
    counter += 100
    items.append("child")
    print("in child:", counter, items)


if __name__ == "__main__":
    p = multiprocessing.Process(target=change)
    p.start()
    p.join()
    print("in parent:", counter, items)
