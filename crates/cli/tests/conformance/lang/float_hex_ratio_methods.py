# float's rarer methods (hex, fromhex, as_integer_ratio, conjugate), and a
# set updated in place to its symmetric difference.
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 123456.789, 2.0 ** 60]:
    h = v.hex()
    print(repr(v), v.as_integer_ratio(), h, float.fromhex(h) == v)
for s in ['0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.8p1', '  -0x1.fffffffffffff8p+1023 ',
          '0x1.fffffffffffff7p1023', 'inf', '-Infinity', 'nan', '0x.8', '1.5', 'ABC', '0x1p+1024',
          '', '0xg', '0x1p', '0x1.00000000000008', '0x1.000000000000080001', '0x1.00000000000018']:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).conjugate(), float.hex(0.5), float.as_integer_ratio(0.75))
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d == 2 ** 55)

s = {1, 2, 3}
print(s.symmetric_difference_update({3, 4, 5}), sorted(s))
s.symmetric_difference_update([1, 1, 6])
print(sorted(s))

# The class and static methods reached through an instance.
print((1.0).fromhex('0x1p1'), (5).from_bytes(b'\x01\x00', 'big'), "x".maketrans("a", "b"))
