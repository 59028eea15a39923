# os.urandom, uuid4, SystemRandom and an unseeded Random() draw from entropy of
# their own: a seeded program draws the same numbers with or without them.
import random, os, uuid
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
os.urandom(16); uuid.uuid4(); random.SystemRandom().random(); random.Random().random()
b = [random.random() for _ in range(3)]
print(a == b, len(os.urandom(5).hex()), os.urandom(0), type(os.urandom(3)))
print(len(set(os.urandom(8) for _ in range(50))))
print(uuid.uuid4().version, len(str(uuid.uuid4())))
print(random.Random(5).random(), random.randint(1, 100))
