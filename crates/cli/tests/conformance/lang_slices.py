# Slicing lists, strings and tuples.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[::2], xs[::-1], xs[8:2:-2], xs[100:], xs[-100:2])
s = "playground"
print(s[1:4], s[-4:], s[::3], s[:0], s[5:100])
xs[2:4] = ["a", "b", "c"]
print(xs)
del xs[::3]
print(xs)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
print(xs[slice(1, 3)], range(10)[2:8:2])
