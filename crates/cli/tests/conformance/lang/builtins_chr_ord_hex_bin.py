# chr, ord, hex, bin, oct and int parsing of those forms.
print(ord("A"), ord("a"), ord("0"), ord("é"), ord("中"))
print(chr(65), chr(0x4E2D), chr(233), repr(chr(10)))
print(hex(255), hex(-42), hex(0), bin(5), bin(-5), oct(8))
print(int(hex(255), 16), int(bin(5), 2), int("777", 8), int("z", 36))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(format(10, "08b"), f"{200:#06x}", f"{65:c}")
