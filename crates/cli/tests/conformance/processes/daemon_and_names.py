# Names and identities: Process-N counts every process started from the
# main one; pools take the next numbers; daemon flags.
import multiprocessing as mp
import time


def show():
    me = mp.current_process()
    print("in child:", me.name, me.daemon)


def pool_name(_):
    time.sleep(0.1)
    return mp.current_process().name


if __name__ == "__main__":
    a = mp.Process(target=show)
    b = mp.Process(target=show, daemon=True)
    print(a.name, b.name, a.daemon, b.daemon)
    a.start(); a.join()
    b.start(); b.join()
    with mp.Pool(2) as pool:
        print(sorted(set(pool.map(pool_name, range(2)))))
    c = mp.Process(target=show, name="custom")
    c.start(); c.join()
    d = mp.Process(target=show)
    print(d.name)
    d.daemon = True
    print(d.daemon)
