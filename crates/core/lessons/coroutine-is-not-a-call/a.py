# A plain function runs the moment it is called.
import time


def greet(name):
    print(f"hello, {name}")
    return f"greeted {name}"


start = time.perf_counter()
result = greet("world")
print("the call returned:", result)
print(f"took {time.perf_counter() - start:.1f} s")
