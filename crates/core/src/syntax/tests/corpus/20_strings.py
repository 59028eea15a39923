s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double"""
s5 = r'raw\nstring' + R"RAW\t"
b1 = b'bytes\x00\xff' + B"more" + rb'\d+' + Br'\w' + bR"x"
esc = "tab\there\nnewline \\ backslash \' quote \" dq \x41 \u00e9 \U0001F600 \101 \0"
cont = "line one \
continued"
implicit = ("part one, "
            "part two, "
            'part three')
empty = ""
unicode = "héllo wörld ✓ 🚀"
bell = "\a\b\f\v\r"
print(s1, s2, s3, s4, s5, b1, esc, cont, implicit, empty, unicode, bell)
print("%s has %d chars" % (s1, len(s1)), "{} {}".format(s2, s3[:3]))
print('it\'s', "say \"hi\"", 'mixed "quotes"', "it's")
