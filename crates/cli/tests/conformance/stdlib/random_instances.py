# random.Random(seed) instances draw what CPython's draw (seeded by int, str,
# bytes, float), with their own state, beside the module's generator.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice('abcdef'), r.uniform(1, 2), r.getrandbits(70))
l = list(range(10)); r.shuffle(l); print(l, r.sample(range(100), 5), r.choices('abc', k=5), r.gauss(0, 1), r.gauss(0, 1))
r2 = random.Random('hello'); print(r2.random(), random.Random(b'xyz').random(), random.Random(2**100 + 7).random(), random.Random(-5).random(), random.Random(1.5).random())
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
random.seed(7); print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]), random.gauss(0, 1))
r3 = random.Random(); r3.seed(42); print(r3.random())
print(isinstance(r, random.Random), type(random.SystemRandom().random()))
for _ in range(700): r.random()
print(r.random(), r.randrange(0, 100, 7), r.expovariate(2.0), r.normalvariate())
