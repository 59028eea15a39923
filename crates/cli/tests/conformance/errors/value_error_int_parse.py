# ValueError from int() and float() parsing.
for text in ["12", "x", "1.5", "", " 7 "]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", "ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
a, b = [1, 2]
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
age = int("forty")
