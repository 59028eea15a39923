# int.to_bytes / int.from_bytes (defaults, signed, errors),
# as_integer_ratio and bit_count: lib/_int.py, put in int on first use.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((100).to_bytes(), True.to_bytes(1, "big"), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", signed=True))
print((10).as_integer_ratio(), (255).bit_count(), (-7).bit_count(), True.as_integer_ratio())
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
             lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"),
             lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
             lambda: int.from_bytes("ab", "big"), lambda: (1).to_bytes(1.5, "big"),
             lambda: (-1).to_bytes(0, "big", signed=True), lambda: (-2).to_bytes(0, "big", signed=True),
             lambda: (1).to_bytes(0, "big", signed=True), lambda: (-129).to_bytes(2, "big", signed=True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(1, "to_bytes"), "to_bytes" in dir(int), int.from_bytes.__name__)
