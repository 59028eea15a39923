# Truth values of common objects, and short-circuit operators.
values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], {}, {"a": 1}, set(), (), (None,), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
print(0 or "default", "set" or "default", None and "x", 1 and "second")
print([] or {} or 0, 5 and 0 and 7)
print(not 0, not "x")


def loud(name, value):
    print("evaluated", name)
    return value


print(loud("a", False) and loud("b", True))
print(loud("c", True) or loud("d", True))
