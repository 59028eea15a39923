# get_close_matches, IS_LINE_JUNK / IS_CHARACTER_JUNK, restore, HtmlDiff import.
import difflib
from difflib import get_close_matches, IS_LINE_JUNK, IS_CHARACTER_JUNK

print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(get_close_matches("wheel", keyword.kwlist))
print(get_close_matches("pineapple", keyword.kwlist))
print(get_close_matches("accept", keyword.kwlist))
print(get_close_matches("prnt", ["print", "printf", "sprint", "pint", "prn"], n=2))
print(get_close_matches("ab", ["ba", "ab", "aab", "abb", "b"], n=10, cutoff=0.0))
print(get_close_matches("x", []), get_close_matches("", [""]), get_close_matches("lst", ("list", "last", "lest", "lost"), 5, 0.7))
print(get_close_matches("abc", iter(["abd", "xbc", "abc"]), n=1, cutoff=1.0))
for args in [(0, 0.6), (-1, 0.5), (2, 1.5), (2, -0.1), (3, 1)]:
    try:
        print(get_close_matches("a", ["a", "b"], *args))
    except ValueError as e:
        print("ValueError:", e)

for line in ["\n", "  #   \n", "hello\n", "# comment\n", "  ##\n", "", " \t", "x #"]:
    print(repr(line), IS_LINE_JUNK(line))
print([c for c in " \ta\nb" if IS_CHARACTER_JUNK(c)])

delta = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                           "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
print(list(difflib.restore(delta, "2")), list(difflib.restore(delta, 2.0))[:1])
for w in (0, 3, -1):
    try:
        print(list(difflib.restore(delta, w)))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(difflib.restore(delta, "x"))
except ValueError as e:
    print("ValueError:", e)
g = difflib.restore(delta, 7)
print(type(g).__name__)
try:
    difflib.HtmlDiff
    print("HtmlDiff importable", "HtmlDiff" in difflib.__all__)
except Exception as e:
    print(e)
