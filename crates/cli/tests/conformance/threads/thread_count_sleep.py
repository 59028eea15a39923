# The count/sleep lesson with threads: three threads each print One, sleep
# 1 s and print Two. The threads start 0.1 s apart (two threads printing at
# the same instant could mix their lines); the sleeps overlap, so it takes
# about 1.2 s, not 3.
import threading
import time


def count():
    print("One")
    time.sleep(1)
    print("Two")


start = time.perf_counter()
threads = [threading.Thread(target=count) for _ in range(3)]
for t in threads:
    t.start()
    time.sleep(0.1)
for t in threads:
    t.join()
print(f"executed in {time.perf_counter() - start:.1f} seconds.")
