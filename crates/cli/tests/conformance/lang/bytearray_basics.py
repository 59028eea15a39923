# bytearray: built from bytes, ints, a count or text; mutated in place;
# bytes' methods give bytearrays; CPython's errors.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[1:3], ba[-1], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba += b"!"
print(ba, ba.decode(), bytes(ba), ba.upper(), ba.hex(), ba.find(b"o"), ba.count(b"l"))
print(ba == b"Hello! world!", b"Hello! world!" == ba, ba + b"x", b"x" + ba, ba * 2)
print(bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8"), bytearray(), bytearray.fromhex("41 42"))
del ba[0]
print(ba, ba.pop(), ba, ba.split(b" "), list(bytearray(b"ab")), 104 in ba, b"wor" in ba)
ba[0:2] = b"XYZ"
print(ba, ba.startswith(b"XY"), ba.replace(b"o", b"0"), ba.strip(b"!"), ba.reverse(), ba)
print(isinstance(ba, bytearray), type(ba), bytearray is type(ba), str(bytearray(b"a")))
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    ba.append("x")
except TypeError as e:
    print(e)
b2 = bytearray(b"abc")
b2.insert(1, 120)
b2.remove(99)
print(b2, b2.copy(), b2.index(b"x"), b2.lower(), b2.join([b"1", b"2"]), sorted(b2), bytes(b2) < b"b")
print(bytearray(b"a\nb").splitlines(), bytearray(b"  x ").strip(), bytearray(b"a,b").split(b","), bytearray(b"%d") % 5 if False else 0)
b2.clear()
print(b2, len(b2), bool(b2))
