# A concurrent.futures.Future can be made by hand: whoever holds it sets
# the result or the exception, and callbacks fire then.
from concurrent.futures import Future, InvalidStateError
import threading
import time

seen = []
f = Future()
f.add_done_callback(lambda fut: seen.append(fut.result()))
print("done:", f.done())


def deliver():
    time.sleep(0.2)
    f.set_result(42)


t = threading.Thread(target=deliver)
t.start()
print("result:", f.result())
t.join()
print("callback saw:", seen)
try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])

g = Future()
g.set_exception(OSError("disk full"))
print("exception:", repr(g.exception()))
h = Future()
print("cancel pending:", h.cancel(), h.cancelled())
print("set_running_or_notify_cancel:", Future().set_running_or_notify_cancel())
