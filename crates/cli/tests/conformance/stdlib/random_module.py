# The random module: seeded draws of every function, and its errors.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.uniform(1, 2), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.choices("abc", [1, 2, 3], k=4))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 10), random.sample(["a", "b", "c"], 2), random.sample(range(5), 3, counts=[1,2,3,4,5]))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2), random.triangular(0, 10, 3))
print(random.getrandbits(70), random.randbytes(4), random.paretovariate(2), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.0); print(random.random())
for f in [lambda: random.randrange(5,5), lambda: random.randrange(0), lambda: random.randrange(1,10,0), lambda: random.randrange(10,1,2), lambda: random.randrange('a'),lambda: random.choice([]), lambda: random.sample({1,2},1), lambda: random.sample([1],2), lambda: random.choices([1,2],[1],k=2), lambda: random.choices([],k=1), lambda: random.getrandbits(-1), lambda: random.choices([1,2],[0,0]), lambda: random.randrange(1,None,2), lambda: random.uniform('a',1), lambda: random.seed([1]), lambda: random.choices([1, 2], 2), lambda: random.sample([1, 2], 'a'), lambda: random.choices([1,2], [1,2], cum_weights=[1,2])]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
