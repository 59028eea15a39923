# str(bytes, encoding, errors) decodes as bytes.decode does (other codecs,
# errors, UnicodeDecodeError); int() of bytes; eval() of bytes source.
print(str(b"abc", "utf-8"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(str(b"\xffa", "utf-8", "ignore"), int(b"12"), int(b" 7 "))
try:
    int(b"\xff")
except ValueError as e:
    print(type(e).__name__)
print(eval(b"1+2"), eval("3"))
