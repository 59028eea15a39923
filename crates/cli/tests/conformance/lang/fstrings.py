# f-strings: nested expressions, conversions, format specs, debug form.
name = "asyncio"
elapsed = 3.14159
n = 1234567
items = [1, 2, 3]
print(f"{name} took {elapsed:0.2f} seconds")
print(f"{name!r:>12}|{name:<10}|{name:^11}|{name:*^11}")
print(f"{n:,} {n:_} {n:>12,} {n:#x} {n:08d} {-n:+d} {n:e}")
print(f"{elapsed=}", f"{elapsed = :.1f}", f"{len(items)=}")
width, prec = 10, 3
print(f"[{elapsed:{width}.{prec}f}]", f"{'nested ' + name.upper()}", f"{items[1] * 2}")
print(f"{{literal}} {{ {n} }}", f"{'a' if n > 5 else 'b'}", f"{[x * 2 for x in items]}")
print(f"{3.0:.0%}", f"{0.5:06.2f}", f"{True}", f"{None!s}", f"{'x'!a}", f"{'é'!a}")
d = {"k": 1}
print(f"{d['k']}", f'{d["k"] + 1}', f"""{name
}""")
