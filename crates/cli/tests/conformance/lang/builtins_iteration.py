# Iteration builtins.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, ages)), list(zip("ab", range(5))))
print(list(map(str.upper, names)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, "", "x"])))
print(sorted(ages), sorted(ages, reverse=True), sorted(names, key=len))
print(list(reversed(names)), list(reversed(range(3))), "".join(reversed("abc")))
print(any(a > 35 for a in ages), all(a > 20 for a in ages))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(range(3)), list(range(2, 8, 2)), list(range(5, 0, -2)), len(range(0, 100, 7)))
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
print(dict(zip(names, ages)))
print(type(map(str, [])).__name__, type(zip()).__name__, type(range(1)).__name__)
r = range(10)
print(r[3], r[-1], 5 in r, r.index(4), r.count(3))
