# A class deriving from list: a stack, slicing and + giving plain lists,
# += keeping the subclass, sorting, json, and an append that checks types.
import json


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.empty, isinstance(s, list), type(s).__name__)
print(s.pop(), s, s[1:], type(s[1:]).__name__, s[::-1])
print(sum(s), max(s), sorted(s, reverse=True), list(reversed(s)), 2 in s)
print(s + [9], type(s + [9]).__name__, [0] + s, type([0] + s).__name__)
s += [5]
print(type(s).__name__, s, s * 2, 2 * s)
print(s == [1, 2, 3, 5], [1, 2, 3, 5] == s, s < [1, 3], s.index(3), s.count(1))
s.sort(reverse=True)
print(s, json.dumps(s))
s[0] = 10
s[1:3] = [7, 7, 7]
del s[-1]
print(s, Stack("abc"), Stack(range(3)))
s.clear()
print(s, s.empty, bool(s))


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(items)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)


t = TypedList(int, [1, 2])
t.append(3)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
print(t, t.kind.__name__, len(t))
for i, x in enumerate(t):
    print(i, x, end=" ")
print()
a, b, c = t
print(a, b, c, [x * 2 for x in t], ",".join(map(str, t)))
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
