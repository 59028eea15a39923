# Assignment forms: tuple, star, chained, augmented.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
x = y = z = 0
x += 5
y -= 2
z = z or 7
print(x, y, z)
n = 10
n *= 3; n //= 4; n **= 2; n %= 7
print(n)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
s = "ab"
s += "cd"
lst = [1]
lst += [2]
lst *= 2
print(s, lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
