import _thread
import threading
import time


def fails():
    raise LookupError("lost")


def broken_hook(args):
    print("hook got", args.exc_type.__name__, type(args).__name__, len(tuple(args)))
    raise TypeError("the hook itself fails")


threading.excepthook = broken_hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
threading.excepthook = threading.__excepthook__

args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(repr(args).split(", thread")[0])
args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, threading.main_thread()])
print(repr(args).split(", thread")[0])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name, args[0])
threading.excepthook(args)

# a thread started with _thread directly is seen as a dummy thread
seen = []


def raw():
    me = threading.current_thread()
    seen.append((me.name, type(me).__name__, me.daemon, me.is_alive()))


_thread.start_new_thread(raw, ())
time.sleep(0.3)
print(seen, threading.Thread().name)
