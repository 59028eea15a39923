# random.shuffle and random.sample after a seed.
import random

random.seed(7)
cards = list(range(10))
random.shuffle(cards)
print(cards)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d"], k=4))
words = ["x", "y", "z"]
random.shuffle(words)
print(words)
print(sorted(random.sample(range(1, 50), 6)))
print(random.choices([1, 2, 3], k=5))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
