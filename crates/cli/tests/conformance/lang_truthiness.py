# Truth values and short-circuiting.
for v in [0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), set()]:
    print(repr(v), bool(v))
print(0 or "default", 5 and "both", None or 0 or [], 1 and 0)
print(not 0, not "x", [] or {} or "last")
