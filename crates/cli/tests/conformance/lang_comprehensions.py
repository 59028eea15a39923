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
