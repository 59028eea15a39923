# f-strings: nested expressions, conversions and format specs.
elapsed = 1.23456
x = "hi"
n = 1234567
items = [3, 1, 2]
width = 8
print(f"took {elapsed:0.2f} s")
print(f"[{x!r:>10}]")
print(f"[{x:<6}] [{x:^6}] [{x:*^7}]")
print(f"{n:,} {n:_} {n:>12,}")
print(f"{len(items)} items, sorted {sorted(items)}, max {max(items)}")
print(f"{'nested' + ' ' + x.upper()}")
print(f"{elapsed:{width}.3f}|")
print(f"{3.14159:.0f} {2.5:.0f} {0.5:.1%} {1e-7:.2e} {12345.678:g}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {5:03d} {-5:+d} {5:+d}")
print(f"{{literal braces}} {x}")
print(f"{x!s} {x!a} {'é'!a}")
print(f"{elapsed=}")
print(f"{n=:,}")
d = {"key": "value"}
print(f"{d['key']} {items[0]} {items[-1]}")
print(f"{'yes' if n > 10 else 'no'}")
print(f"{(lambda v: v * 2)(21)}")
print(f"{1.0:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {2.675:.2f}")
print(f"{True} {None} {3 + 4.5}")
