# pprint on random nested structures (seeded) at several widths, with compact and indent.
import pprint, random
random.seed(7)
def make(d):
    r = random.random()
    if d > 3 or r < 0.3:
        return random.choice([random.randint(-1000, 10**6), "s" * random.randint(0, 12), random.random() * 100, None, True, "word " * random.randint(1, 15)])
    if r < 0.5:
        return [make(d + 1) for _ in range(random.randint(0, 6))]
    if r < 0.65:
        return tuple(make(d + 1) for _ in range(random.randint(0, 4)))
    if r < 0.75:
        return {random.randint(0, 50) for _ in range(random.randint(0, 8))}
    return {("k%d" % random.randint(0, 99)): make(d + 1) for _ in range(random.randint(0, 6))}
for i in range(40):
    obj = make(0)
    for w in (20, 40, 80):
        print(pprint.pformat(obj, width=w))
    print(pprint.pformat(obj, width=30, compact=True, indent=2))
