# Conversions and their errors.
print(int("42"), int(" -7 "), int("1_000"), int(3.99), int(True), float("2"), str(2.0), bool("False"))
for bad in ["4.2", "x", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int("z", 36), int("0o17", 0), int("-0x10", 16))
