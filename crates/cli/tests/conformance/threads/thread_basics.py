import threading
import time


def worker(n, delay=0.2):
    time.sleep(delay)
    print("worker", n, "in", threading.current_thread().name)


t1 = threading.Thread(target=worker, args=(1,))
t2 = threading.Thread(target=worker, args=(2,), kwargs={"delay": 0.6})
t3 = threading.Thread(target=worker, args=(3, 0.4), name="custom")
print(t1.name, "|", t2.name, "|", t3.name)
print(threading.Thread().name)
print(repr(t1))
print(t1.is_alive(), t1.ident, t1.native_id, t1.daemon)
t1.start()
t2.start()
t3.start()
print(repr(t1).split(" ")[0], repr(t1).split(" ")[1])
print(t1.is_alive(), t1.ident is not None)
print(threading.active_count(), len(threading.enumerate()))
t1.join()
t2.join(timeout=0.01)
print("t2 alive after short join:", t2.is_alive())
t2.join()
t3.join()
print(repr(t1).split(" ")[:2])
print(t1.is_alive(), threading.active_count())
m = threading.main_thread()
print(m.name, m is threading.current_thread(), repr(m).split(" ")[:2])
print(type(m).__name__, m.daemon)
print(threading.get_ident() == m.ident, threading.get_native_id() == m.native_id)


class MyThread(threading.Thread):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def run(self):
        time.sleep(0.1)
        print("run of", self.label, self.name)


mt = MyThread("sub")
print(mt.name)
mt.start()
mt.join()
d = threading.Thread(target=worker, args=(9, 0.01), daemon=True)
print(repr(d))
d.start()
d.join()
print(repr(d).split(" ")[:3])
t4 = threading.Thread(target=lambda: None)
print(t4.name)
class Callable:
    def __call__(self):
        pass
print(threading.Thread(target=Callable()).name)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
