# join with timeouts, is_alive, exitcode as a child runs and ends;
# active_children lists the ones still running.
import multiprocessing as mp
import time


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    short = mp.Process(target=nap, args=(0.2,), name="short")
    long = mp.Process(target=nap, args=(0.6,), name="long")
    short.start()
    long.start()
    print(sorted(p.name for p in mp.active_children()))
    short.join(timeout=0.05)
    print("short alive after 0.05 s:", short.is_alive(), short.exitcode)
    short.join()
    print("short alive after join:", short.is_alive(), short.exitcode)
    print(sorted(p.name for p in mp.active_children()))
    start = time.perf_counter()
    long.join(0.1)
    print("waited about", round(time.perf_counter() - start, 1), "s; long alive:", long.is_alive())
    long.join()
    print("long:", long.exitcode, [p.name for p in mp.active_children()])
