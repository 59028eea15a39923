a = 7
b = -2
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(a // b, a % b, a / b, -a, +a, ~a, not a)
print(a << 2 | 1 ^ 3 & 5 >> 1)
print(1 < a <= 7 != 8 > b >= -2, a is not None, a not in [1, 2], a in {7})
print(a if a > b else b, (lambda: a)() or b and a)
print(not a == b, a == b == 7, a < b < 0)
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2; x <<= 1; x >>= 1
x |= 8; x &= 0xFF; x ^= 0b1010; x /= 4
print(x)
nums = [1_000_000, 0x_ff, 0o17, 0b1010_1010, 1e-3, .5, 5., 1.5e+10, 3j, 2.5J, 0, 00, 1E5]
print(nums)
big = 123456789012345678901234567890
print(big * 2, 0xDEADBEEFCAFEBABE0123456789)
m = [[1, 2], [3, 4]]
print(m[0][1], m[-1][::-1], m[::2], m[1:], m[:1], m[::-1][0][1:2])
d = {"a": 1, **{"b": 2}}
s = {1, 2, *[3, 4]}
t = 1,
u = ()
v = (1, 2, 3,)
print(d, s, t, u, v, *m, sep="\n")
