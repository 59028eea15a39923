# random's gamma, beta and von Mises variates draw what CPython draws from a
# seeded generator (the module's, and a Random of the program's own).
import random

random.seed(2024)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.5, 9.0)])
print([round(random.betavariate(a, b), 12) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print([round(random.vonmisesvariate(m, k), 12) for m, k in ((0.0, 0.0), (1.0, 4.0), (3.0, 0.5))])
r = random.Random(7)
print(round(r.gammavariate(2.0, 1.5), 12), round(r.betavariate(3, 3), 12), round(r.vonmisesvariate(0.5, 10), 12))
print(random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
for bad in ((0, 1), (1, -1)):
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print("ValueError:", e)
