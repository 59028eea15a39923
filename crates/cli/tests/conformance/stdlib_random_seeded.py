# random after random.seed(n): the same sequence every run.
import random

random.seed(42)
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))
print(random.randrange(10), random.randrange(0, 100, 5), random.randrange(3, 9))
print(random.choice(["red", "green", "blue"]), random.choice("abcdef"))
print(round(random.uniform(1.0, 2.0), 6), round(random.uniform(-5, 5), 6))
random.seed(42)
print(random.random())
random.seed("text seed")
print(random.randint(0, 1000))
random.seed(0)
print([random.randint(1, 100) for _ in range(8)])
print(random.getrandbits(16))
random.seed(123)
print([round(random.random(), 4) for _ in range(3)])
