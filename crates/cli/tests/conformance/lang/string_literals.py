# Every common form of string literal.
print('single quotes', "double quotes")
print('it\'s escaped', "say \"hi\"", 'mixed "quotes"', "it's")
print("""triple
double""")
print('''triple
single''')
print("tab:\tend", "newline:\\n stays", sep=" | ")
print(r"raw \n string", R'raw \t too')
print("unicode: \u00e9 \u4e2d\u6587 caf\xe9")
print("adjacent " "literals " 'join')
print("a" * 3 + "b")
print(len("héllo"), len("中文"))
s = "line1\nline2"
print(s)
print(repr(s))
print("backslash \\ and null-free")
print("\x41\x42\x43", "\101")
print(b"bytes", b"bytes"[0])
empty = ""
print(repr(empty), len(empty))
print("""a "quoted" word""")
print('\N{GREEK SMALL LETTER ALPHA}')
