# Tuple unpacking, star-unpacking, augmented and chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
p = q = r = 0
p += 5
print(p, q, r)
items = [1]
alias = items
alias += [2]  # lists are mutated in place
print(items)
t = (1,)
t2 = t
t2 += (2,)  # tuples are rebound
print(t, t2)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7
print(n)
s = "ab"
s *= 2
print(s)
f = 7.0
f /= 2
print(f)
bits = 0b1010
bits |= 1; bits &= 0b1110; bits ^= 0b0100; bits <<= 2; bits >>= 1
print(bits)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
grid = [[0] * 2 for _ in range(2)]
grid[1][0] = 9
print(grid)
d = {}
d["a"] = d["b"] = 1
print(d)
