# os.getpid and os.getppid: a child's parent is us, and its pid differs
# from ours. Pids change every run, so only their relations are printed.
import multiprocessing
import os


def report(q):
    q.put((os.getpid(), os.getppid(), multiprocessing.current_process().pid))


if __name__ == "__main__":
    me = os.getpid()
    print("getpid is int:", type(me) is int, me > 0)
    print("getppid is int:", type(os.getppid()) is int)
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,))
    p.start()
    child_pid, child_parent, current = q.get()
    p.join()
    print("child's parent is us:", child_parent == me)
    print("child pid differs:", child_pid != me)
    print("Process.pid matches:", child_pid == p.pid == current)
    print("current_process().pid is ours:", multiprocessing.current_process().pid == me)
