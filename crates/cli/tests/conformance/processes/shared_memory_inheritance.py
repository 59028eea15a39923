# Locks and shared values reach a child as it starts (Process arguments, a
# Pool's initializer); sending them through a pool's tasks is refused.
from multiprocessing import Pool, Value, Lock, Process

counter = None


def init(shared):
    global counter
    counter = shared


def bump(n):
    with counter.get_lock():
        counter.value += n
    return n


def f(x):
    return 1


if __name__ == "__main__":
    total = Value("i", 0)
    with Pool(2, initializer=init, initargs=(total,)) as pool:
        print(pool.map(bump, range(5)))
    print("total:", total.value)
    v = Value("i", 0)
    for obj in (v, Lock(), v.get_obj()):
        with Pool(2) as p:
            try:
                print(p.map(f, [obj]))
            except RuntimeError as e:
                print("RuntimeError:", e)
