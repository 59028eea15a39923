# Differ / ndiff (hint lines, tabs, inserts, deletes) and unified/context diffs.
import difflib


def out(lines):
    # sys.stdout.writelines is not available in the playground yet
    print("".join(lines), end="")


text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
print("".join(d.compare(text1, text2)), end="")
print("----")
print("".join(difflib.ndiff(text1, text2)), end="")
print("----")
for line in difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"]):
    print(repr(line))
for line in difflib.ndiff(["\tfoo = 1\n", "keep\n"], ["\t foo = 2\n", "keep\n", "added\n"]):
    print(repr(line))
for line in difflib.ndiff(["\tIndented\tline\n"], ["\tIndented line here\n"]):
    print(repr(line))
for line in difflib.ndiff(["a\n", "b\n", "c\n", "d\n"], ["a\n", "c\n", "d\n", "e\n", "f\n"]):
    print(repr(line))
for line in difflib.ndiff(["apple", "banana", "cherry"], ["xyz", "uvw"]):
    print(repr(line))
for line in difflib.ndiff(["one", "two", "three"], ["1"]):
    print(repr(line))
for line in difflib.ndiff(["private Thread currentThread;"], ["private volatile Thread currentThread;"]):
    print(repr(line))
# the unittest-style use: lines of a repr
first = repr({"name": "Alice", "age": 30, "city": "Paris"}).split(", ")
second = repr({"name": "Alice", "age": 31, "city": "Lyon"}).split(", ")
print("\n".join(difflib.ndiff(first, second)))
print("\n".join(difflib.ndiff("hello world\nfoo\n".splitlines(), "hello there world\nfoo\n".splitlines())))
# linejunk and an identical pair as the synchronisation point
a = ["x = 1\n", "\n", "y = 2\n", "# note\n"]
b = ["x = 1\n", "  \n", "y = 3\n", "#note\n"]
print("".join(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)), end="")
print("".join(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b)), end="")
print("".join(difflib.ndiff(["abc\n", "\n", "xyz\n"], ["def\n", "\n", "uvw\n"], linejunk=difflib.IS_LINE_JUNK)), end="")
longa = "".join("word%d " % (i % 13) for i in range(60)) + "\n"
longb = longa.replace("word7 ", "w7 ", 2).replace("word3", "WORD3")
print(len(longa), "".join(difflib.ndiff([longa], [longb])), end="")
print("".join(difflib.Differ().compare([longa], [longb])), end="")
print(list(difflib.Differ().compare(["same\n", "old\n"], ["same\n", "new\n", "same\n"])))
print(list(difflib.ndiff([], [])), list(difflib.ndiff(["a"], [])), list(difflib.ndiff([], ["b"])))
long_a = ["item %d: value %d\n" % (i, i * i) for i in range(12)]
long_b = list(long_a)
long_b[3] = "item 3: value 10\n"
long_b[7:9] = ["item 7: VALUE 49\n", "inserted\n", "item 8: value 64!\n"]
del long_b[10]
print("".join(difflib.ndiff(long_a, long_b)), end="")

print("==== unified")
a = ["line %d\n" % i for i in range(1, 21)]
b = list(a)
b[1] = "line two\n"
b.insert(10, "extra\n")
del b[17:19]
out(difflib.unified_diff(a, b, fromfile="before.py", tofile="after.py",
                                           fromfiledate="2005-01-26 23:30:50", tofiledate="2010-04-02 10:20:52"))
print("".join(difflib.unified_diff(a, b, "a", "b", n=1)), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print(list(difflib.unified_diff("one two three".split(), "one three four".split(), lineterm="")))
print(list(difflib.unified_diff([], ["x"])), list(difflib.unified_diff(["x"], [])), list(difflib.unified_diff(["x"], ["x"])))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n"], n=5)))
print("==== context")
out(difflib.context_diff(a, b, fromfile="before.py", tofile="after.py",
                                           fromfiledate="Sat Jan 26 23:30:50 1991", tofiledate="Fri Jun 06 10:22:46 2003"))
print("".join(difflib.context_diff(a, b, n=1)), end="")
print("".join(difflib.context_diff(a, b, "x", "y", n=0)), end="")
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print("".join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end="")
print(list(difflib.context_diff([], ["x"])), list(difflib.context_diff(["x"], [])), list(difflib.context_diff(["a"], ["b"], lineterm="")))
for bad in [lambda: list(difflib.unified_diff([b"a"], ["b"])), lambda: list(difflib.unified_diff(["a"], [1])),
            lambda: list(difflib.context_diff(["a"], ["b"], fromfile=b"x")),
            lambda: list(difflib.unified_diff(["a"], ["b"], tofiledate=None))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(difflib.unified_diff(1, 2)).__name__)
print("==== bytes")
for line in difflib.diff_bytes(difflib.unified_diff, [b"caf\xe9\n", b"x\n"], [b"cafe\n", b"x\n"],
                               b"old", b"new", b"d1", b"d2"):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, [b"a"], [b"b"], lineterm=b"")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError:", e)
