# assert, del, pass.
x = 5
assert x == 5, "x should be 5"
try:
    assert x > 10, f"x is only {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e))
y = [1, 2, 3]
del y[0]
del x
print(y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
class Empty:
    pass
def nothing():
    pass
print(nothing(), Empty.__name__)
