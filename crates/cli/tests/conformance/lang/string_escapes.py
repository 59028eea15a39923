# String literal forms.
print('single', "double", '''triple
quoted''', """also
triple""")
print(r"raw\n", "tab\there", "nl\\n", "\x41\u00e9\N{BULLET}" if False else "\x41\u00e9", "a" "b" 'c')
print(b"bytes", b"\x00\xff", len(b"abc"), b"ab" + b"cd", "é".encode(), b"\xc3\xa9".decode())
print("line one\
 continued")
print(len("\n"), repr("\t"), "quote's", 'say "x"')
