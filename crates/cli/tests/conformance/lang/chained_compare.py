# Chained comparisons, identity and membership.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 == 5, x == 5 != 6)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, 3 in a, 3 not in a)
print("a" < "b" < "c", (1, 2) <= (1, 2) < (1, 3), [1] < [1, 0])
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
