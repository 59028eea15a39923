# str.translate with str.maketrans tables (punctuation removed, deletions,
# str and int replacements) and its errors, format_map looking names up in
# the mapping itself, isascii, istitle.
import string
from collections import defaultdict
s = "Hello, World! It's 3 o'clock."
table = str.maketrans("", "", string.punctuation)
print(s.translate(table))
print("abc".translate(str.maketrans("abc", "xyz")), "abc".translate({97: None, 98: "BB", 99: 100}))
print("hello".translate(str.maketrans({"h": "J", "o": None})))
for args in [("ab", "c"), ({"ab": 1},), (1,), ("a", 1)]:
    try:
        str.maketrans(*args)
    except Exception as e:
        print(type(e).__name__, e)
print("{name} is {age:>4} {name!r}".format_map({"name": "Ann", "age": 7}))
class Default:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, key):
        return self.known.get(key, "{" + key + "}")
print("{a} and {b}".format_map(Default(a=1)))
print("{n} {m}".format_map(defaultdict(int, n=2)))
for fmt in ["{}", "{0}", "{x}"]:
    try:
        print(fmt.format_map({}))
    except Exception as e:
        print(type(e).__name__, e)
print("{{x}} {x.real} {y[1]}".format_map({"x": 3, "y": [5, 6]}))
print("abc".isascii(), "é".isascii(), "".isascii())
print([t.istitle() for t in ["Hello World", "Hello world", "HELLO", "", "Hello 2World", "A", "Ab Cd-Ef", "hello"]])
print(str.maketrans("ab", "cd"))
