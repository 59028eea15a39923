# A thread runs a target function with positional and keyword arguments.
# The results come back through a shared list; join() waits for each thread.
import threading
import time

results = []


def greet(who, times, punctuation="!"):
    time.sleep(0.1)
    results.append(f"hello {who}" * times + punctuation)


t1 = threading.Thread(target=greet, args=("alice", 1))
t2 = threading.Thread(target=greet, args=("bob",), kwargs={"times": 2, "punctuation": "?"},
                      name="bob-greeter")
print(t1.name, "/", t2.name)
print("alive before start:", t1.is_alive())
t1.start()
t1.join()
t2.start()
t2.join()
print("alive after join:", t1.is_alive(), t2.is_alive())
print(results)
