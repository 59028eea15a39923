# assert: passes silently, or raises AssertionError (uncaught here).
def average(values):
    assert values, "no values given"
    return sum(values) / len(values)


print(average([1, 2, 3]))
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert message:", repr(e))
print(average([]))
