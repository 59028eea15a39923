import threading
import time


def slow(label, delay):
    time.sleep(delay)
    print(label, "finished after the main program")


def spawner():
    time.sleep(0.1)
    print("spawner starts another thread")
    threading.Thread(target=slow, args=("late", 0.3)).start()


threading.Thread(target=slow, args=("non-daemon", 0.3)).start()
threading.Thread(target=spawner).start()
threading.Thread(target=slow, args=("daemon", 5), daemon=True).start()
print("main program ends; active:", threading.active_count())
