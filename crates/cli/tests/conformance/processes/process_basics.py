# Process: start, join, exit codes, names, is_alive, and the child's own
# view of itself and its parent.
import multiprocessing as mp
import os
import time


def greet(who, punctuation="!"):
    me = mp.current_process()
    print(f"hello {who}{punctuation} from {me.name}", me.name != "MainProcess")
    print("parent is", "my parent" if os.getppid() == PARENT else "someone else")


PARENT = os.getpid()

if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=greet, args=("world",), kwargs={"punctuation": "?"})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print(type(p.pid).__name__, p.pid != os.getpid())
    print("exit code", p.exitcode, "alive", p.is_alive())
    q = mp.Process(target=greet, args=("again",), name="Greeter")
    q.start()
    q.join()
    print(q.name, q.exitcode)
    try:
        q.start()
    except AssertionError as e:
        print("AssertionError:", e)
    r = mp.Process(target=time.sleep, args=(0.3,))
    r.start()
    r.join(0.1)
    print("after a short join: alive", r.is_alive(), "exit code", r.exitcode)
    r.join()
    print("after join: alive", r.is_alive(), "exit code", r.exitcode)
    print(mp.active_children())
