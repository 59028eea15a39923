# random after seed() gives CPython's numbers.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)], random.randrange(10), random.randrange(0, 100, 7))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.sample(range(10), 8), random.choices("ab", k=4))
random.seed("text seed")
print(random.random(), random.getrandbits(70))
random.seed(2 ** 80 + 7)
print(random.random())
