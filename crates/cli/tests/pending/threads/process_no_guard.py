# No `if __name__ == "__main__":` guard: with the fork start method
# (Linux's default) the child starts as a copy of the parent and does not
# re-run the module, so this works.
import multiprocessing
import time


def greet(name):
    time.sleep(0.1)
    print("hello from", name)


processes = [multiprocessing.Process(target=greet, args=(f"child {i}",)) for i in range(3)]
for p in processes:
    p.start()
    p.join()
print("start method:", multiprocessing.get_start_method())
print("exit codes:", [p.exitcode for p in processes])
