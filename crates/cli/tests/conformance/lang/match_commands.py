# match over a command's words, as the PEP 636 tutorial does.
def f(cmd):
    match cmd:
        case ["go", direction]:
            return f"going {direction}"
        case {"x": x, "y": y}:
            return f"point {x},{y}"
        case int(n) if n > 10:
            return "big"
        case 1 | 2 | 3:
            return "small"
        case _:
            return "other"
for c in [["go", "north"], {"x": 1, "y": 2}, 42, 2, "z"]:
    print(f(c))
