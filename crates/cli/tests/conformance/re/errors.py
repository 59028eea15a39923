import re

for pat in ["a(b", "a)b", "*a", "a**", "[a-", "[z-a]", r"\q", "(?<x>a)", r"(a)\2", r"(a\1)",
            "a{3,1}", "(?P<1>a)", "(?P<n>a)(?P<n>b)", "(?P=zz)", "x|*", "^*", "(?x)a(?i)b", "(?z)",
            "a\nb(", r"[\d-z]", "(?i", r"\x4"]:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(repr(pat), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)

for repl in [r"\3", r"\g<x>", r"\g<1", r"\q"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)
m = re.search("b", "abc")
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
print(isinstance(re.compile("a"), re.Pattern), type(m).__name__, type(re.compile("x")).__name__)
print(re.compile("a") == re.compile("a"), int(re.I | re.M), int(re.IGNORECASE))
re.compile("(unclosed")
