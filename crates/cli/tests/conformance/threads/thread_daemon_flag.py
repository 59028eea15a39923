# The daemon flag: given to the constructor, inherited from the creating
# thread, and fixed once the thread has started.
import threading
import time


def child_info():
    inner = threading.Thread(target=time.sleep, args=(0.1,))
    print("created inside daemon thread, daemon =", inner.daemon)


print("main thread daemon:", threading.current_thread().daemon)
t = threading.Thread(target=child_info, daemon=True)
print("daemon:", t.daemon)
print(repr(t))
t.start()
t.join()
u = threading.Thread(target=time.sleep, args=(0.2,))
print("default daemon:", u.daemon)
u.start()
try:
    u.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
u.join()
