# Reprs of containers and nested values.
print([1, "two", 3.0, None, True, [4, (5,)], {"k": {6}}])
print((), (1,), (1, 2), [], {}, set(), frozenset())
print({"quote": "it's", "dq": 'say "hi"', "both": "'\""})
print(["multi\nline", "tab\t", "back\\slash", "uni é 中"])
print(repr("'"), repr('"'), repr("\x00\x7f"), repr("\u200b"))
print({1: [1, 2], (1, 2): {3: 4}}, {None: None})
a = [1]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)
print(range(3), range(1, 10, 2), slice(None), type(...), ...)
print(str([1.5, "s"]), str(("s",)))
