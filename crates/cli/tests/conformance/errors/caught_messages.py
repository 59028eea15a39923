# Messages of common runtime errors, caught and printed.
checks = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1] * "a",
    lambda: "abc" - "a",
    lambda: -"a",
    lambda: {}.missing,
    lambda: undefined_name,
    lambda: (1, 2)[3],
    lambda: int("0x10"),
    lambda: "abc".index("z"),
    lambda: [].remove(1),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: float(10 ** 400),
    lambda: chr(-1),
    lambda: "%d" % "x",
    lambda: "{}{}".format(1),
    lambda: dict([1, 2]),
    lambda: sorted([1, "a"]),
]
for check in checks:
    try:
        check()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
