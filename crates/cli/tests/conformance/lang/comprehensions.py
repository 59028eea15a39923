# Comprehensions and generator expressions.
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print(sum(x for x in range(101)), any(x > 8 for x in range(10)), all(x < 5 for x in range(5)))
print(max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [3, 1, 2])), list(x for x in "ab"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [[c * 2 for c in row] for row in matrix])
total = 0
squares = [total := total + n for n in range(5)]
print(squares, total)
gen = (i for i in range(3))
print(next(gen), next(gen), list(gen), next(gen, "done"))
nums = range(10)
print(sorted({n % 3 for n in nums}))
print([[i * j for j in range(3)] for i in range(3)])
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words})
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
print([x for x in range(3)], x)
pairs = [[1, 2], [3, 4], [5, 6]]
print([v for row in pairs for v in row])
print({k: v for k, v in zip("abc", range(3)) if v})
