# List methods and behaviour.
xs = [5, 3, 8, 1]
xs.append(7)
xs.extend([2, 2])
xs.insert(0, 9)
print(xs, len(xs), xs.count(2), xs.index(8))
print(xs.pop(), xs.pop(0), xs)
xs.remove(2)
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
ys = xs.copy()
ys.reverse()
print(ys, xs == ys[::-1], [1, 2] + [3], [0] * 3, [[0] * 2 for _ in range(2)])
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list("abc"))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], min(xs), max(xs), sum(xs))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    xs.remove(100)
except ValueError as e:
    print("ValueError:", e)
ys.clear()
print(ys, 3 in xs, 100 not in xs)
