# Commonly used list methods.
items = [3, 1, 2]
items.append(5)
items.extend([8, 0])
items.insert(1, 7)
print(items)
print(items.pop(), items.pop(0), items)
items.remove(2)
print(items, items.index(5), items.count(1))
items.sort()
print(items)
items.sort(reverse=True)
print(items)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted(words), sorted(words, key=lambda w: w[-1]))
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(copy, items)
print([1, 2] + [3], [0] * 3, len(items), 5 in items)
try:
    items.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nested = [[1, 2], [3]]
print(nested, nested[0][1])
stack = []
stack.append(1)
stack.append(2)
print(stack.pop(), stack)
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))  # sort is stable
print(list(range(5)), list("hi"), list((1, 2)))
print(max([3, 9, 2]), min([3, 9, 2]), sum([3, 9, 2]))
