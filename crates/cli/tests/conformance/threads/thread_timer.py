import threading
import time


def ring(what, punct="!"):
    print("ring", what + punct, threading.current_thread().name)


t = threading.Timer(0.3, ring, args=("bell",))
print(t.name, type(t).__name__, t.interval)
t.start()
c = threading.Timer(0.05, ring, args=("never",), kwargs={"punct": "?"})
c.start()
c.cancel()
c.join()
print("cancelled, alive:", c.is_alive())
print("waiting")
t.join()
k = threading.Timer(0.05, ring, kwargs={"what": "kw", "punct": "."})
k.start()
k.join()
print(repr(k).split(" ")[1])
