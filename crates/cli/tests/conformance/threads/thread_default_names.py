# Default thread names: "Thread-N (function)" for a target, "Thread-N" for
# a subclass, "MainThread" for the program's own thread.
import threading


def worker():
    print("inside:", threading.current_thread().name)


class Downloader(threading.Thread):
    def run(self):
        print("inside:", self.name)


print("main:", threading.current_thread().name)
for t in [threading.Thread(target=worker), threading.Thread(target=worker), Downloader()]:
    t.start()
    t.join()
named = threading.Thread(target=worker, name="custom")
named.start()
named.join()
print(threading.Thread(target=worker).name)
print(threading.Thread(target=lambda: None).name)
