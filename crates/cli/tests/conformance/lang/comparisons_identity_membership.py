# Chained comparisons, is / is not, in / not in.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0, "1" == 1, [1, 2] == [1, 2], (1, 2) < (1, 3), "abc" < "abd")
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, x is not None)
print(2 in a, 3 not in a, "ell" in "hello", "k" in {"k": 1}, 1 in {1: "v"})
print("" in "abc", [] == [], () == ())
print(1 < 2 < 3 < 4 > 2, 3 > 2 == 2)
print([1, 2] < [1, 2, 0], "Z" < "a", (1, "b") > (1, "a"))
print(True == 1, False == 0, True + True)
