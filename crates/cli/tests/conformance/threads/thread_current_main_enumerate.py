# current_thread, main_thread, active_count and enumerate while workers run.
import threading
import time

stop = threading.Event()


def idle():
    stop.wait()


print("main is current:", threading.main_thread() is threading.current_thread())
print("active:", threading.active_count())
workers = [threading.Thread(target=idle, name=f"idle-{i}") for i in range(3)]
for w in workers:
    w.start()
print("active with workers:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print("ident is int:", type(threading.get_ident()) is int)
print("worker idents differ:", len({w.ident for w in workers}) == 3)
stop.set()
for w in workers:
    w.join()
print("active after join:", threading.active_count())
print([t.name for t in threading.enumerate()])
