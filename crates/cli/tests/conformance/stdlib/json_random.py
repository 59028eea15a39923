# json round trips of random nested values (seeded): escapes, floats, big ints, sort_keys, indent.
import json, random
random.seed(11)
def make(d):
    r = random.random()
    if d > 3 or r < 0.35:
        return random.choice([random.randint(-10**12, 10**12), random.random() * 10 ** random.randint(-8, 20), "".join(random.choice("ab\"\\\n\té€😀 /\x01") for _ in range(random.randint(0, 8))), None, True, False])
    if r < 0.6:
        return [make(d + 1) for _ in range(random.randint(0, 5))]
    return {"".join(random.choice("xyzé") for _ in range(random.randint(1, 3))): make(d + 1) for _ in range(random.randint(0, 5))}
for i in range(60):
    obj = make(0)
    a = json.dumps(obj)
    b = json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=random.choice([None, 0, 2, "\t"]))
    print(a)
    print(b)
    print(json.loads(a) == obj, json.loads(b) == obj)
