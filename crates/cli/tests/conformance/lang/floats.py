# Float reprs and rounding as CPython prints them.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 0.0001, 123.0, -0.0)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(1234.5678, -2), round(7, -1))
print(float("3.25"), float(" 1e3 "), float("inf"), float("-inf"), 3.0 == 3, 0.1 * 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** -1, 1e308 * 10)
print(f"{3.14159:.2f} {2.5:.0f} {1234567.891:,.2f} {0.25:.1%} {12345.678:e} {1e-5:g} {100.0:g}")
print(format(1.0, ".3"), format(1234.5, ".4"), format(0.000123456, ".3g"), str(1e22), repr(1e-4))
print(int(3.9), int(-3.9), float(10 ** 20), 1.0.is_integer(), (2.5).is_integer())
print(max(1.5, 2), min(-0.5, 0), abs(-2.5), sum([0.1] * 10))
