# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~5, -~5)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(3 > 2 and 2 > 1, 1 < 2 == 2, "a" + "b" * 2)
print(5 if 1 > 2 else 6 + 1, [1, 2] * 2 + [3])
print(divmod(2 ** 10, 3 * 7), abs(-3) ** 2)
x = 5
x += 3 * 2
print(x, x % 3 == 2 or x > 100)
