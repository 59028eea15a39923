# A frozenset with a set: operators give the left operand's kind; subset
# comparisons across the two.
a = frozenset({1, 2})
print(a | {3}, {3} | a, a & {1}, a - {1}, {1, 5} - a, sorted(a ^ {2, 7}), a | frozenset({9}), type({3} | a).__name__)
s = {1}
s |= a
print(s, type(s).__name__)
a |= {4}
print(a, type(a).__name__)
print(a <= {1, 2, 3, 4, 5}, {1} < a, a == {1, 2, 3, 4}, {1, 2, 3, 4} == a)
