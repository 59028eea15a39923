# list, dict, set and generator comprehensions.
nums = range(10)
print([n * n for n in nums if n % 2 == 0])
print({n: n * n for n in range(4)})
print(sorted({n % 3 for n in nums}))
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words})
print(list(x for x in "abc"))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
print([x for x in range(3)], x)
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row])
print([list(col) for col in zip(*matrix)])
print({k: v for k, v in zip("abc", range(3)) if v})
