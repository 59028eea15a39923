# Misusing threads: starting twice, joining before start, joining yourself.
import threading


def work():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("RuntimeError:", e)


t = threading.Thread(target=work)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.main_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print("initial repr:", repr(threading.Thread(target=work, name="w")))
