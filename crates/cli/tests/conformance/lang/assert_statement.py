# assert: passes silently, or raises AssertionError (uncaught here).
def average(values):
    assert values, "no values given"
    return sum(values) / len(values)


print(average([1, 2, 3]))
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert message:", repr(e))
x = 5
assert x == 5, "x should be 5"
try:
    assert x > 10, f"x is only {x}"
except AssertionError as e:
    print("AssertionError:", e)


class Empty:
    pass


def nothing():
    pass


print(nothing(), Empty.__name__)
print(average([]))
