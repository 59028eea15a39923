# multiprocessing.Process: start, join, exitcode, is_alive, name, pid.
import multiprocessing
import os
import time


def work(label):
    time.sleep(0.2)
    print(f"child {label}: name {multiprocessing.current_process().name}")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work, args=("A",))
    print("name:", p.name, "alive:", p.is_alive(), "exitcode:", p.exitcode, "pid:", p.pid)
    p.start()
    print("alive after start:", p.is_alive())
    print("pid is an int:", isinstance(p.pid, int), "and not ours:", p.pid != os.getpid())
    p.join()
    print("alive after join:", p.is_alive(), "exitcode:", p.exitcode)
    q = multiprocessing.Process(target=work, args=("B",), name="worker-b")
    q.start()
    q.join()
    print(q.name, "exitcode:", q.exitcode)
    print("main process:", multiprocessing.current_process().name)
