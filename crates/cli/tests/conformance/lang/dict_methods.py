# Commonly used dict methods; dicts keep insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d.update({"a": 10, "e": 5})
d.update(f=6)
print(d)
print(d.pop("b"), d.pop("missing", "default"), d)
print(d.popitem(), d)
print("a" in d, "zz" not in d)
for key, value in d.items():
    print(key, "->", value)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["ant", "bee", "ape", "bat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2})
print(dict.fromkeys(["x", "y"], 0))
copy = d.copy()
copy.clear()
print(copy, len(d) > 0)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print({1: "int", 1.0: "float"}, {True: "t", 1: "one"})
