# Integer arithmetic with Python semantics, including big integers.
print(2 ** 100, -2 ** 63, 2 ** 64 - 1)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(divmod(17, 5), divmod(-17, 5), pow(3, 200, 1000), pow(2, -1))
print(1 << 70, (1 << 70) >> 65, -1 >> 3, ~5, 12 & 10, 12 | 3, 12 ^ 10)
print(-(2 ** 70) & 0xFFFF, (2 ** 80) // 3, (2 ** 80) % 7, abs(-2 ** 90))
big = 1
for i in range(1, 30):
    big *= i
print(big, len(str(big)), big.bit_length())
print(sum(i * i for i in range(10 ** 6)))
print(10 ** 20 / 3, 123456789 * 987654321, int("-0012"), int("ff", 16), int("0b101", 0))
print(True + True, True * 3, 3 / 2, 4 / 2, 2 ** 0.5, 10 ** -2)
