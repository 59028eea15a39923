# Enums mixed with str and int, as tutorials declare them: members compare,
# hash, add and format as their values, have their values' methods, and go
# into JSON as values; str() and f-strings give Class.NAME as in 3.11.
import enum, json
class S(str, enum.Enum):
    X = "x"
    Y = "yy"
class I(int, enum.Enum):
    A = 1
    B = 2
print(str(S.X), repr(S.X), f"{S.X}", format(S.X, ">4"), S.X == "x", S("yy"), S.X.upper(), len(S.Y), S.X + "!", json.dumps({"k": S.X}), "x" in [S.X], S.X.value, isinstance(S.X, S))
print(str(I.A), repr(I.B), f"{I.A}", I.A + 1, I.B * 2, I.A == 1, I(2), sorted([I.B, I.A]), json.dumps([I.A]), I.A < I.B, int(I.B), I.B.bit_length())
print(list(S), S.__members__, S.X.__class__.__name__, S.Y.startswith("y"), S.X.value.upper(), S.X != "y", sorted([S.Y, S.X]))
class Color(enum.IntEnum):
    RED = 1
print(Color.RED.bit_length(), Color.RED.real, S.X.isalpha())
for obj, name in [(Color.RED, "nope"), (S.X, "nope"), (I.A, "_hidden"), (S.X, "__foo__")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
print(hasattr(S.X, "upper"), hasattr(S.X, "nope"))
S.X.nope
