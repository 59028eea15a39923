# Producing everything first, then consuming: nothing overlaps.
import random
import time


def produce(name, items):
    for _ in range(3):
        value = random.randint(1, 10)
        time.sleep(random.random())
        items.append(value)
        print(f"{name} produced {value}")


def consume(name, items):
    while items:
        value = items.pop(0)
        time.sleep(random.random())
        print(f"{name} consumed {value}")


random.seed(17)
start = time.perf_counter()
items = []
produce("producer-1", items)
produce("producer-2", items)
consume("consumer-1", items)
print(f"took about {time.perf_counter() - start:.0f} s")
