# multiprocessing.Process: start, join, exitcode, is_alive, name, pid.
# The parent prints only before start() and after join(), so its lines and
# the child's come out in the same order whether stdout is buffered or not.
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
    alive_after_start = p.is_alive()
    pid = p.pid
    p.join()
    print("alive after start:", alive_after_start)
    print("pid is an int:", isinstance(pid, int), "and not ours:", pid != os.getpid())
    print("alive after join:", p.is_alive(), "exitcode:", p.exitcode)
    q = multiprocessing.Process(target=work, args=("B",), name="worker-b")
    q.start()
    q.join()
    print(q.name, "exitcode:", q.exitcode)
    print("main process:", multiprocessing.current_process().name)
