# Dict methods; insertion order is kept.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
d.update({"e": 5}, f=6)
print(d.pop("b"), d.pop("zz", None), d)
print(d.popitem(), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print({k: v for k, v in zip("xyz", range(3))}, dict(a=1, b=2), dict([("p", 1)]), dict.fromkeys("ab", 0))
merged = {**d, "z": 26}
print(merged, d | {"q": 1}, {1: "int", 1.0: "float", True: "bool"})
del d["a"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
for k, v in d.items():
    print(k, v, end="; ")
print()
