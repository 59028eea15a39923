# threading.local: each thread sees its own attributes on the same object.
import threading
import time

data = threading.local()
data.name = "main's value"
seen = []


def worker(n):
    print_missing = not hasattr(data, "name")
    data.name = f"worker {n}"
    time.sleep(0.1)
    seen.append((n, print_missing, data.name))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
print("main still has:", data.name)


def reader():
    try:
        data.name
    except AttributeError as e:
        print("AttributeError:", e)


t = threading.Thread(target=reader)
t.start()
t.join()
