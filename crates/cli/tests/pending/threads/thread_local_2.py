import threading
import time

data = threading.local()
data.x = "main"


def worker(n):
    print("fresh in thread:", hasattr(data, "x"))
    data.x = n
    time.sleep(0.05)
    print("thread", n, "sees", data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
ts[0].start()
ts[0].join()
ts[1].start()
ts[1].join()
print("main still sees", data.x)
try:
    data.missing
except AttributeError as e:
    print(e)


class Config(threading.local):
    def __init__(self, level):
        self.level = level
        print("init in", threading.current_thread().name)

    def describe(self):
        return "level %s" % self.level


cfg = Config(3)


def bump():
    print(cfg.describe())
    cfg.level += 1
    print(cfg.describe())


t = threading.Thread(target=bump, name="bumper")
t.start()
t.join()
print(cfg.describe())
try:
    cfg.nothing
except AttributeError as e:
    print(e)
try:
    threading.local(1)
except TypeError as e:
    print(e)
