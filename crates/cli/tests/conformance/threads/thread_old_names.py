import threading


def worker():
    me = threading.currentThread()
    print("worker:", me.getName(), me.isDaemon())


t = threading.Thread(target=worker)
t.setName("renamed")
t.setDaemon(True)
print(t.getName(), t.isDaemon(), threading.activeCount())
t.start()
t.join()
t.name = 12
print(repr(t.name))
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print("done")
