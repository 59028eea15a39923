# Python ints never overflow.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(sum(i * i for i in range(10 ** 6)))
big = 1
for i in range(1, 31):
    big *= i
print(big)
print(big // 10 ** 20, big % 1000007)
print(10 ** 30 + 1 - 10 ** 30)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(divmod(-17, 5), divmod(17, -5))
print(int("123456789012345678901234567890") * 3)
print(len(str(2 ** 1000)))
print(abs(-2 ** 70), (-2) ** 70)
print(1 << 80, (1 << 80) >> 79)
print(0xFF + 0o17 + 0b101, 1_000_000)
print(10 / 4, 10 // 4, 2 ** -1, 7 / 7)
print(int(3.99), int(-3.99), round(3.5), round(4.5), round(-0.5))
