# atexit: functions run when the program ends, last registered first, after
# the program's threads have finished; one that raises is reported and the
# rest still run; unregister removes every registration of a function.
import atexit
import threading
import time


def bye(name, punct="!"):
    print("bye", name + punct)


def bad():
    raise ValueError("raised at exit")


def dropped():
    print("never printed")


atexit.register(bye, "a")
atexit.register(dropped)
atexit.register(bad)
atexit.register(bye, "b", punct="?")
atexit.register(dropped)
atexit.unregister(dropped)


@atexit.register
def last():
    print("registered last, runs first")


def slow():
    time.sleep(0.2)
    print("thread done")


threading.Thread(target=slow).start()
print("main ends")
