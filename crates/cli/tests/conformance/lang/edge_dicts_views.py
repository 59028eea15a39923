# Dict views are live; ordering and equality.
d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
d["c"] = 3
print(keys, values, len(keys), "c" in keys, list(d.items())[-1])
del d["a"]
print(list(keys), sorted(values))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, [1, 2] == [2, 1], (1, [2]) == (1, [2]))
nested = {"x": [1, {"y": (2, 3)}], "z": None}
print(nested, repr(nested["x"][1]), str([1.0, "s", None, True]))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda kv: kv[1]), sorted(data), max(data, key=lambda kv: kv[1]))
