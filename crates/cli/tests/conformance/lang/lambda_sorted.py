# Lambdas with sorted, min, max, map and filter.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(7))))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
square = lambda n: n * n
print(square(7), (lambda: "no args")())
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([1.5, -2, 0]))
